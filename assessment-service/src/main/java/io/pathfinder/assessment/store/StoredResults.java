package io.pathfinder.assessment.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.pathfinder.contracts.catalog.CatalogIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a result is kept in the database: its JSON deflated (zlib). A result is tens of kilobytes of
 * JSON that deflate to about a sixth; doing it here costs a tenth of the CPU PostgreSQL spends on its
 * own compression of a large text value, and the server is left with little to write. Results
 * stored as plain JSON text before stay readable, and so do results scored before catalogues had
 * ids: they name no catalogue, and are read as scored on the curated one, which they were.
 */
public final class StoredResults {

    private static final byte PLAIN_JSON = '{';
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] CURATED = ("\"" + CatalogIds.CURATED + "\"").getBytes(StandardCharsets.UTF_8);

    private StoredResults() {
    }

    public static byte[] compress(byte[] json) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream compressed = new ByteArrayOutputStream(json.length / 4);
            byte[] buffer = new byte[16 * 1024];
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            return compressed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** The result's JSON, from what is stored, naming the catalogue it was scored on. */
    public static byte[] json(byte[] stored) {
        byte[] json = inflated(stored);
        return catalog(json).isPresent() ? json : AssessmentJson.withMember(json, "catalog", CURATED);
    }

    /** The catalogue the stored result was scored on. */
    public static String catalogOf(byte[] stored) {
        return catalog(inflated(stored)).orElse(CatalogIds.CURATED);
    }

    /**
     * The result's catalogue, read without reading the rest of the result into memory: results name it
     * near their start.
     */
    private static Optional<String> catalog(byte[] json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("A stored result is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("catalog")) {
                    return Optional.of(parser.getText());
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("A stored result is not JSON", e);
        }
    }

    private static byte[] inflated(byte[] stored) {
        if (stored.length > 0 && stored[0] == PLAIN_JSON) {
            return stored;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream json = new ByteArrayOutputStream(stored.length * 8);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int inflated = inflater.inflate(buffer);
                if (inflated == 0 && inflater.needsInput()) {
                    throw new IllegalStateException("A stored result is cut short");
                }
                json.write(buffer, 0, inflated);
            }
            return json.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored result is not deflated JSON", e);
        } finally {
            inflater.end();
        }
    }
}
