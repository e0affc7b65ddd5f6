package io.pathfinder.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.testing.SchemaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The curated catalogue is the advice's raw material: this test fails on any defect in it. Each check collects
 * every offending entry, so one run lists all the work. Public reference data it checks against is in
 * {@code src/test/resources/reference-data} (see the README there for sources and licences).
 */
class CatalogDataQualityTest {

    static final String CATALOGUE = "catalog/default-catalog.json";

    /** Where people using the catalogue start: the source's data scientists, and analysts on their way in. */
    static final Set<String> STARTING_ROLES = Set.of("data-scientist", "data-analyst");
    static final int MIN_PATHS_OUT = 4;
    static final int MIN_OPTIONS_OUT = 3;
    static final String BOOMERANG = "boomerang-to-data-science";
    /** The one switch that stays inside the company: a new team. */
    static final Set<String> SAME_COMPANY_SWITCH_TARGETS = Set.of("data-scientist-new-team");

    static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final Pattern ONET_SOC = Pattern.compile("^[0-9]{2}-[0-9]{4}\\.[0-9]{2}$");
    static final Pattern ESCO_OCCUPATION = Pattern.compile(
            "^http://data\\.europa\\.eu/esco/occupation/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    /** Pay level bands: the role's median wage over the median of all occupations, as PayLevel.json defines. */
    static final double[] PAY_LEVEL_UPPER_RATIOS = {1.5, 2, 2.5, 3};
    static final String PAY_SOURCE = "Occupational Employment and Wage Statistics (OEWS)";
    static final int PAY_YEAR = 2024;

    private static JsonNode catalogue;
    private static Map<String, JsonNode> roles;
    private static Map<String, JsonNode> skills;
    private static Map<String, JsonNode> options;
    private static List<JsonNode> paths;

    @BeforeAll
    static void readCatalogue() throws IOException {
        catalogue = new ObjectMapper().readTree(resource(CATALOGUE));
        roles = bySlug(catalogue.path("roles"));
        skills = bySlug(catalogue.path("skills"));
        options = bySlug(catalogue.path("options"));
        paths = list(catalogue.path("paths"));
    }

    @Test
    void honoursItsContract() {
        assertEquals(List.of(), SchemaValidation.violations("CatalogSnapshot.json", text(CATALOGUE)));
    }

    @Test
    void everyReferenceResolvesAndEverySlugIsUnique() {
        List<String> defects = new ArrayList<>();
        for (String collection : List.of("options", "skills", "roles", "paths")) {
            Set<String> seen = new HashSet<>();
            for (JsonNode entry : catalogue.path(collection)) {
                String slug = entry.path("slug").asText();
                if (!SLUG.matcher(slug).matches()) {
                    defects.add(collection + " " + slug + ": not a slug");
                }
                if (!seen.add(slug)) {
                    defects.add(collection + " " + slug + ": appears twice");
                }
            }
        }
        roles.values().forEach(role -> role.path("requirements").forEach(requirement -> {
            if (!skills.containsKey(requirement.path("skill").asText())) {
                defects.add(role.path("slug").asText() + " requires unknown skill " + requirement.path("skill").asText());
            }
        }));
        for (JsonNode path : paths) {
            String slug = path.path("slug").asText();
            if (!roles.containsKey(path.path("from").asText()) || !roles.containsKey(path.path("to").asText())) {
                defects.add(slug + " links an unknown role");
            }
            if (!options.containsKey(path.path("option").asText())) {
                defects.add(slug + " uses unknown option " + path.path("option").asText());
            }
            if (!slug.equals(path.path("from").asText() + "-to-" + path.path("to").asText())) {
                defects.add(slug + " is not named <from>-to-<to>");
            }
        }
        assertEquals(List.of(), defects);
    }

    @Test
    void everyRoleCanBeReachedFromWhereDataPeopleStart() {
        Set<String> reached = new HashSet<>(STARTING_ROLES);
        Deque<String> next = new ArrayDeque<>(STARTING_ROLES);
        while (!next.isEmpty()) {
            String from = next.poll();
            paths.stream().filter(path -> path.path("from").asText().equals(from))
                    .map(path -> path.path("to").asText())
                    .filter(reached::add)
                    .forEach(next::add);
        }

        assertEquals(new TreeSet<>(roles.keySet()), new TreeSet<>(reached));
    }

    @Test
    void everyRoleHasItsWaysOnIncludingTheBoomerangWhereItApplies() {
        List<String> defects = new ArrayList<>();
        for (String role : roles.keySet()) {
            List<JsonNode> out = paths.stream().filter(path -> path.path("from").asText().equals(role)).toList();
            Set<String> optionsOut = out.stream().map(path -> path.path("option").asText()).collect(Collectors.toSet());
            if (out.size() < MIN_PATHS_OUT || optionsOut.size() < MIN_OPTIONS_OUT) {
                defects.add(role + ": " + out.size() + " paths over " + optionsOut.size() + " options");
            }
            // Anyone outside data science can go back to it, so every such role needs the boomerang.
            boolean outsideDataScience = !roles.get(role).path("family").asText().equals("data");
            if (outsideDataScience && !optionsOut.contains(BOOMERANG)) {
                defects.add(role + ": no way back into data science");
            }
        }
        for (JsonNode path : paths) {
            if (path.path("option").asText().equals(BOOMERANG)
                    && !roles.get(path.path("to").asText()).path("family").asText().equals("data")) {
                defects.add(path.path("slug").asText() + ": a boomerang that does not lead into data science");
            }
        }
        assertEquals(List.of(), defects);
    }

    @Test
    void everyPathHasItsRationaleEffortRiskCarryOverAndPrerequisites() {
        List<String> defects = new ArrayList<>();
        for (JsonNode path : paths) {
            String slug = path.path("slug").asText();
            if (path.path("rationale").asText().isBlank()) {
                defects.add(slug + ": no rationale");
            }
            if (path.path("effortMonths").asInt() < 1) {
                defects.add(slug + ": no effort");
            }
            if (!Set.of("low", "medium", "high").contains(path.path("risk").asText())) {
                defects.add(slug + ": no risk");
            }
            if (path.path("prerequisites").isEmpty()) {
                defects.add(slug + ": no prerequisites");
            }
            if (path.path("from").asText().equals(path.path("to").asText())) {
                defects.add(slug + ": leads nowhere");
            }
            // What carries over is something the target needs.
            Set<String> needed = requiredSkills(roles.get(path.path("to").asText()));
            List<String> carryOver = texts(path.path("carryOverSkills"));
            if (carryOver.isEmpty()) {
                defects.add(slug + ": carries nothing over");
            }
            carryOver.stream().filter(skill -> !needed.contains(skill))
                    .forEach(skill -> defects.add(slug + ": carries over " + skill + ", which the target does not need"));
        }
        assertEquals(List.of(), defects);
    }

    /**
     * A move needs a new company when there is no employer to move within (one works for oneself), when one builds
     * for data people (one's own business or a vendor's), and when one switches company rather than team.
     */
    @Test
    void requiresNewCompanyAgreesWithTheOption() {
        List<String> defects = new ArrayList<>();
        for (JsonNode path : paths) {
            String option = path.path("option").asText();
            boolean selfEmployed = roles.get(path.path("from").asText()).path("family").asText().equals("entrepreneurship");
            boolean expected = selfEmployed || option.equals("build-for-data-people")
                    || option.equals("switch-company-or-team")
                    && !SAME_COMPANY_SWITCH_TARGETS.contains(path.path("to").asText());
            if (path.path("requiresNewCompany").asBoolean() != expected) {
                defects.add(path.path("slug").asText() + " says requiresNewCompany " + !expected);
            }
        }
        assertTrue(SAME_COMPANY_SWITCH_TARGETS.stream()
                .allMatch(target -> roles.get(target).path("title").asText().contains("same company")));
        assertEquals(List.of(), defects);
    }

    @Test
    void everySkillIsUsedBySomeRole() {
        Set<String> used = roles.values().stream().flatMap(role -> requiredSkills(role).stream()).collect(Collectors.toSet());

        assertEquals(List.of(), skills.keySet().stream().filter(skill -> !used.contains(skill)).sorted().toList());
    }

    @Test
    void rolesAreWellFormedAndCarryRealOccupationCodes() {
        Set<String> onetCodes = column("reference-data/onet-29.2-occupations.tsv", 0);
        Set<String> escoUris = column("reference-data/esco-1.2.0-occupations-isco-1-2.tsv", 0);
        List<String> defects = new ArrayList<>();
        for (JsonNode role : roles.values()) {
            String slug = role.path("slug").asText();
            String onetSoc = role.path("externalCodes").path("onetSoc").asText();
            if (!ONET_SOC.matcher(onetSoc).matches() || !onetCodes.contains(onetSoc)) {
                defects.add(slug + ": O*NET-SOC code '" + onetSoc + "' is not an O*NET 29.2 occupation");
            }
            JsonNode escoUri = role.path("externalCodes").path("escoUri");
            if (!escoUri.isMissingNode()
                    && (!ESCO_OCCUPATION.matcher(escoUri.asText()).matches() || !escoUris.contains(escoUri.asText()))) {
                defects.add(slug + ": ESCO URI " + escoUri.asText() + " is not an ESCO 1.2.0 occupation");
            }
            int percent = 0;
            for (JsonNode share : role.path("activityProfile")) {
                percent += share.asInt();
            }
            if (percent != 100) {
                defects.add(slug + ": activity profile adds up to " + percent + "%");
            }
            if (requiredSkills(role).isEmpty()) {
                defects.add(slug + ": no requirements");
            }
        }
        assertEquals(List.of(), defects);
    }

    /**
     * Where ESCO's preferred label for an occupation is the role's title, the role carries that occupation's URI.
     * Alternative labels are too loose to decide it ("engineering manager" is one for a foundry manager), so a role
     * matched through one of them carries the URI by judgement, checked above only for being a real occupation.
     */
    @Test
    void escoUriIsPresentWhereverEscoHasTheOccupation() {
        Map<String, Set<String>> urisByLabel = new HashMap<>();
        for (String[] occupation : rows("reference-data/esco-1.2.0-occupations-isco-1-2.tsv")) {
            urisByLabel.computeIfAbsent(normalise(occupation[2]), label -> new TreeSet<>()).add(occupation[0]);
        }
        List<String> defects = new ArrayList<>();
        int mapped = 0;
        for (JsonNode role : roles.values()) {
            Set<String> candidates = new TreeSet<>();
            titleNames(role.path("title").asText()).forEach(name -> candidates.addAll(urisByLabel.getOrDefault(name, Set.of())));
            if (candidates.isEmpty()) {
                continue;
            }
            mapped++;
            String escoUri = role.path("externalCodes").path("escoUri").asText("none");
            if (!candidates.contains(escoUri)) {
                defects.add(role.path("slug").asText() + ": ESCO has it as one of " + candidates + ", the role has " + escoUri);
            }
        }
        assertEquals(List.of(), defects);
        assertTrue(mapped >= 5, "ESCO labels name only " + mapped + " roles: is the reference data complete?");
    }

    @Test
    void everyRolesPayIsTheOewsMedianWageOfItsSocOccupation() {
        Map<String, String> medians = new HashMap<>();
        for (String[] occupation : rows("reference-data/oews-national-may2024.tsv")) {
            medians.put(occupation[0], occupation[4]);
        }
        int allOccupations = Integer.parseInt(medians.get("00-0000"));
        List<String> defects = new ArrayList<>();
        for (JsonNode role : roles.values()) {
            String slug = role.path("slug").asText();
            JsonNode pay = role.path("pay");
            String soc = role.path("externalCodes").path("onetSoc").asText().substring(0, 7);
            if (pay.isMissingNode()) {
                defects.add(slug + ": no pay");
                continue;
            }
            String median = medians.get(soc);
            if (!pay.path("socCode").asText().equals(soc)) {
                defects.add(slug + ": pay is for " + pay.path("socCode").asText() + ", the role is " + soc);
            }
            if (median == null || !median.equals(pay.path("medianAnnualWageUsd").asText())) {
                defects.add(slug + ": median " + pay.path("medianAnnualWageUsd").asText() + ", OEWS says " + median);
                continue;
            }
            int level = payLevel(Integer.parseInt(median) / (double) allOccupations);
            if (pay.path("level").asInt() != level) {
                defects.add(slug + ": pay level " + pay.path("level").asInt() + ", the wage makes it " + level);
            }
            if (!pay.path("source").asText().contains(PAY_SOURCE) || pay.path("year").asInt() != PAY_YEAR) {
                defects.add(slug + ": pay cites " + pay.path("source").asText() + " " + pay.path("year").asInt());
            }
        }
        assertEquals(List.of(), defects);
    }

    @Test
    void citesItsSources() {
        String sources = catalogue.path("sources").toString();

        assertTrue(sources.contains(PAY_SOURCE) && sources.contains("May " + PAY_YEAR), sources);
        assertTrue(sources.contains("ESCO") && sources.contains("O*NET"), sources);
        assertTrue(sources.contains("CC BY 4.0"), sources);
    }

    static int payLevel(double ratioToAllOccupations) {
        int level = 1;
        while (level <= PAY_LEVEL_UPPER_RATIOS.length && ratioToAllOccupations >= PAY_LEVEL_UPPER_RATIOS[level - 1]) {
            level++;
        }
        return level;
    }

    /** "Data Science Manager / Director" names a data science manager and a director; qualifiers in brackets go. */
    private static List<String> titleNames(String title) {
        return Arrays.stream(title.replaceAll("\\(.*?\\)", "").split("/")).map(CatalogDataQualityTest::normalise)
                .filter(name -> !name.isEmpty()).toList();
    }

    private static String normalise(String label) {
        return label.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Set<String> requiredSkills(JsonNode role) {
        return StreamSupport.stream(role.path("requirements").spliterator(), false)
                .map(requirement -> requirement.path("skill").asText()).collect(Collectors.toSet());
    }

    private static Map<String, JsonNode> bySlug(JsonNode entries) {
        return list(entries).stream().collect(Collectors.toMap(entry -> entry.path("slug").asText(), Function.identity(),
                (first, second) -> first, LinkedHashMap::new));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).toList();
    }

    private static Set<String> column(String resource, int column) {
        return rows(resource).stream().map(row -> row[column]).collect(Collectors.toSet());
    }

    /** A tab-separated reference file without its header row. */
    private static List<String[]> rows(String resource) {
        return text(resource).lines().skip(1).map(line -> line.split("\t")).toList();
    }

    private static String text(String resource) {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CatalogDataQualityTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + name);
        }
        return in;
    }
}
