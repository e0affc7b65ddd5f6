package io.pathfinder.assessment.store;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How a result is kept in the database: its JSON deflated (zlib). A result is tens of kilobytes of
 * JSON that deflate to about a sixth; doing it here costs a tenth of the CPU PostgreSQL spends on its
 * own compression of a large text value, and the server is left with little to write. Results
 * stored as plain JSON text before stay readable.
 */
public final class StoredResults {

    private static final byte PLAIN_JSON = '{';

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

    /** The result's JSON, from what is stored. */
    public static byte[] json(byte[] stored) {
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
