package io.pathfinder.catalogimport.onet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an O*NET database release, in its tab-delimited text format, that the import reads. Columns are
 * found by their header, so releases that add columns (newer ones add Title and Scale Name) read the same.
 *
 * @param release            the release's name from its Read Me, e.g. "O*NET 20.3 Database"
 * @param occupations        by O*NET-SOC code, in file order
 * @param jobZones           the Job Zone (1-5) of each occupation that has one
 * @param jobZoneReference   by Job Zone, when Job Zone Reference is present
 * @param interests          the six occupational interest scores (1-7), in RIASEC order, of each rated occupation
 * @param skillRatings       empty when the release has no Skills file
 * @param skillDescriptions  by element ID, from the Content Model Reference when present
 * @param related            related occupations: the Career Changers and Career Starters Matrix entries, or, in
 *                           releases without those, the primary entries of Related Occupations
 * @param missingFiles       the optional files that were not there
 */
public record OnetDatabase(String release, Map<String, Occupation> occupations, Map<String, Integer> jobZones,
                           Map<Integer, JobZone> jobZoneReference, Map<String, double[]> interests,
                           List<SkillRating> skillRatings, Map<String, String> skillDescriptions,
                           List<Relation> related, List<String> missingFiles) {

    static final String OCCUPATION_DATA = "Occupation Data.txt";
    static final String JOB_ZONES = "Job Zones.txt";
    static final String JOB_ZONE_REFERENCE = "Job Zone Reference.txt";
    static final String INTERESTS = "Interests.txt";
    static final String SKILLS = "Skills.txt";
    static final String CONTENT_MODEL = "Content Model Reference.txt";
    static final String CAREER_CHANGERS = "Career Changers Matrix.txt";
    static final String CAREER_STARTERS = "Career Starters Matrix.txt";
    static final String RELATED_OCCUPATIONS = "Related Occupations.txt";
    static final String READ_ME = "Read Me.txt";

    /** Realistic, Investigative, Artistic, Social, Enterprising, Conventional: the order of {@link #interests}. */
    static final String RIASEC = "RIASEC";

    public record Occupation(String code, String title, String description) {
    }

    public record JobZone(int zone, String name, String experience) {
    }

    /** Importance (1-5) and level (0-7) of one O*NET skill for one occupation. */
    public record SkillRating(String code, String elementId, String elementName, double importance, double level) {
    }

    /** One related-occupation entry: where it comes from (the file's name) and its rank among the occupation's. */
    public record Relation(String from, String to, String source, int rank) {
    }

    /**
     * @throws IllegalArgumentException when a required file (Occupation Data, Job Zones, Interests, and Career
     *                                  Changers Matrix or Related Occupations) is missing or lacks a column
     */
    public static OnetDatabase read(Path directory) throws IOException {
        List<String> missing = new ArrayList<>();
        Map<String, Occupation> occupations = new LinkedHashMap<>();
        for (Row row : table(directory, OCCUPATION_DATA).orElseThrow(() -> missingFile(directory, OCCUPATION_DATA))) {
            String code = row.get("O*NET-SOC Code");
            occupations.put(code, new Occupation(code, row.get("Title"), row.get("Description")));
        }
        Map<String, Integer> jobZones = new HashMap<>();
        for (Row row : table(directory, JOB_ZONES).orElseThrow(() -> missingFile(directory, JOB_ZONES))) {
            jobZones.put(row.get("O*NET-SOC Code"), Integer.parseInt(row.get("Job Zone")));
        }
        Map<Integer, JobZone> jobZoneReference = new HashMap<>();
        table(directory, JOB_ZONE_REFERENCE).ifPresentOrElse(rows -> rows.forEach(row -> {
            int zone = Integer.parseInt(row.get("Job Zone"));
            jobZoneReference.put(zone, new JobZone(zone, row.get("Name"), row.get("Experience")));
        }), () -> missing.add(JOB_ZONE_REFERENCE));
        Map<String, double[]> interests = new HashMap<>();
        for (Row row : table(directory, INTERESTS).orElseThrow(() -> missingFile(directory, INTERESTS))) {
            // OI rows are the six interest scores; the high-point rows (IH) only restate them.
            int interest = RIASEC.indexOf(row.get("Element Name").charAt(0));
            if (row.get("Scale ID").equals("OI") && interest >= 0) {
                interests.computeIfAbsent(row.get("O*NET-SOC Code"), code -> new double[RIASEC.length()])[interest] =
                        Double.parseDouble(row.get("Data Value"));
            }
        }
        List<SkillRating> skillRatings = table(directory, SKILLS).map(OnetDatabase::skillRatings).orElseGet(() -> {
            missing.add(SKILLS);
            return List.of();
        });
        Map<String, String> skillDescriptions = new HashMap<>();
        table(directory, CONTENT_MODEL).ifPresentOrElse(
                rows -> rows.forEach(row -> skillDescriptions.put(row.get("Element ID"), row.get("Description"))),
                () -> missing.add(CONTENT_MODEL));
        return new OnetDatabase(release(directory), occupations, jobZones, jobZoneReference, interests, skillRatings,
                skillDescriptions, related(directory, missing), List.copyOf(missing));
    }

    /** Importance and level side by side; a level O*NET recommends suppressing or marks not relevant is left out. */
    private static List<SkillRating> skillRatings(List<Row> rows) {
        Map<String, Double> importance = new HashMap<>();
        Map<String, Row> levels = new LinkedHashMap<>();
        for (Row row : rows) {
            String key = row.get("O*NET-SOC Code") + "\t" + row.get("Element ID");
            boolean usable = !"Y".equals(row.find("Recommend Suppress")) && !"Y".equals(row.find("Not Relevant"));
            if (row.get("Scale ID").equals("IM")) {
                importance.put(key, Double.parseDouble(row.get("Data Value")));
            } else if (row.get("Scale ID").equals("LV") && usable) {
                levels.put(key, row);
            }
        }
        List<SkillRating> ratings = new ArrayList<>();
        levels.forEach((key, row) -> {
            Double rated = importance.get(key);
            if (rated != null) {
                ratings.add(new SkillRating(row.get("O*NET-SOC Code"), row.get("Element ID"), row.get("Element Name"),
                        rated, Double.parseDouble(row.get("Data Value"))));
            }
        });
        return ratings;
    }

    /** The Career Changers and Starters matrices where the release has them (up to 26.x), else Related Occupations. */
    private static List<Relation> related(Path directory, List<String> missing) throws IOException {
        List<Relation> related = new ArrayList<>();
        for (String matrix : List.of(CAREER_CHANGERS, CAREER_STARTERS)) {
            table(directory, matrix).ifPresentOrElse(rows -> rows.forEach(row -> related.add(new Relation(
                    row.get("O*NET-SOC Code"), row.get("Related O*NET-SOC Code"), matrix,
                    Integer.parseInt(row.get("Index"))))), () -> missing.add(matrix));
        }
        if (!related.isEmpty()) {
            return related;
        }
        List<Row> relatedOccupations = table(directory, RELATED_OCCUPATIONS).orElseThrow(() -> new IllegalArgumentException(
                directory + " has neither " + CAREER_CHANGERS + " nor " + RELATED_OCCUPATIONS));
        for (Row row : relatedOccupations) {
            if (row.get("Relatedness Tier").startsWith("Primary")) {
                related.add(new Relation(row.get("O*NET-SOC Code"), row.get("Related O*NET-SOC Code"),
                        RELATED_OCCUPATIONS, Integer.parseInt(row.get("Index"))));
            }
        }
        return related;
    }

    private static String release(Path directory) throws IOException {
        Path readMe = directory.resolve(READ_ME);
        if (!Files.exists(readMe)) {
            return "O*NET Database";
        }
        return Files.readAllLines(readMe, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).findFirst().orElse("O*NET Database");
    }

    private static IllegalArgumentException missingFile(Path directory, String file) {
        return new IllegalArgumentException(directory + " has no " + file);
    }

    private static Optional<List<Row>> table(Path directory, String file) throws IOException {
        Path path = directory.resolve(file);
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(path + " is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        String[] header = split(lines.get(0));
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i], i);
        }
        List<Row> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(new Row(file, columns, split(line)));
            }
        }
        return Optional.of(rows);
    }

    private static String[] split(String line) {
        return Arrays.stream(line.split("\t", -1)).map(String::strip).toArray(String[]::new);
    }

    /** One line of a file, read by column name. */
    private record Row(String file, Map<String, Integer> columns, String[] values) {

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            return index < values.length ? values[index] : "";
        }

        /** A column some releases lack: null when absent. */
        String find(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.length ? null : values[index];
        }
    }
}
