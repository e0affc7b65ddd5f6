package io.pathfinder.catalogimport.onet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.CatalogSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an O*NET database release (its text files) and writes it as a catalogue in the import format.
 *
 * <pre>OnetImport &lt;O*NET text files directory&gt; &lt;catalogue.json&gt; [catalogue version] [learning months per level]</pre>
 */
public final class OnetImport {

    static final long DEFAULT_VERSION = 1;
    static final double DEFAULT_LEARNING_MONTHS_PER_LEVEL = 3;

    static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private OnetImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 4) {
            System.err.println("Usage: OnetImport <O*NET text files directory> <catalogue.json> [catalogue version]"
                    + " [learning months per level]");
            System.exit(2);
        }
        long started = System.nanoTime();
        OnetDatabase onet = OnetDatabase.read(Path.of(args[0]));
        CatalogSnapshot catalogue = OnetCatalogue.build(onet,
                args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_VERSION,
                args.length > 3 ? Double.parseDouble(args[3]) : DEFAULT_LEARNING_MONTHS_PER_LEVEL);
        Path output = Path.of(args[1]);
        write(catalogue, output);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println(summary(onet, catalogue, output, millis));
    }

    static void write(CatalogSnapshot catalogue, Path output) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        JSON.writeValue(output.toFile(), catalogue);
    }

    static String summary(OnetDatabase onet, CatalogSnapshot catalogue, Path output, long millis) {
        StringBuilder summary = new StringBuilder()
                .append(onet.release()).append(": ").append(onet.occupations().size()).append(" occupations, ")
                .append(onet.interests().size()).append(" with interests, ").append(onet.jobZones().size())
                .append(" with a Job Zone, ").append(onet.skillRatings().size()).append(" skill ratings, ")
                .append(onet.related().size()).append(" related-occupation entries\n")
                .append("Wrote ").append(output).append(": ").append(catalogue.getOptions().size()).append(" options, ")
                .append(catalogue.getSkills().size()).append(" skills, ").append(catalogue.getRoles().size())
                .append(" roles, ").append(catalogue.getPaths().size()).append(" paths, in ").append(millis).append(" ms");
        if (!onet.missingFiles().isEmpty()) {
            summary.append("\nNot in this release: ").append(String.join(", ", onet.missingFiles()));
        }
        if (catalogue.getSkills().isEmpty()) {
            summary.append("\nWithout skills the roles have no requirements, and the scoring engine cannot score them.");
        }
        return summary.toString();
    }
}
