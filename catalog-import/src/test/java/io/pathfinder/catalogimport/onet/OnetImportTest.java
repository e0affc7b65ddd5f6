package io.pathfinder.catalogimport.onet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.contracts.model.CatalogSnapshot;
import io.pathfinder.contracts.model.InfluenceType;
import io.pathfinder.contracts.model.Requirement;
import io.pathfinder.contracts.model.Risk;
import io.pathfinder.contracts.model.Role;
import io.pathfinder.contracts.model.RoleFamily;
import io.pathfinder.contracts.model.TransitionPath;
import io.pathfinder.contracts.testing.SchemaValidation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import on samples of two O*NET releases, committed as fixtures: 20.3 (the text files as published, with the
 * Career Changers and Starters matrices and no Skills file) and 29.2 (converted from its Excel files, with Skills
 * and Related Occupations, which replaced the matrices). See src/test/resources/README.md.
 */
class OnetImportTest {

    @Test
    void everyOccupationWithInterestsBecomesARoleAndEveryMatrixEntryBetweenThemAPath() throws IOException {
        OnetDatabase onet = OnetDatabase.read(sample("onet-20.3-sample"));
        CatalogSnapshot catalogue = OnetCatalogue.build(onet, 4, 3);

        assertEquals(4, catalogue.getVersion());
        assertEquals(12, onet.occupations().size());
        // Writers and Authors, and Computer Occupations, All Other, have no interest scores in 20.3.
        assertEquals(10, catalogue.getRoles().size());
        assertTrue(catalogue.getRoles().stream().noneMatch(role -> role.getSlug().equals("onet-27-3043-00")));
        // 13 pairs of sample occupations, two of them in both matrices; entries leading outside the sample are left out.
        assertEquals(13, catalogue.getPaths().size());
        assertEquals(List.of(), catalogue.getSkills());
        assertTrue(catalogue.getRoles().stream().allMatch(role -> role.getRequirements().isEmpty()));
        assertEquals(List.of("Skills.txt", "Content Model Reference.txt"), onet.missingFiles());

        TransitionPath inBoth = path(catalogue, "onet-11-3021-00-to-onet-15-1121-00");
        assertEquals(OnetCatalogue.SAME_ZONE, inBoth.getOption());
        assertEquals(3, inBoth.getEffortMonths());
        assertEquals(Risk.LOW, inBoth.getRisk());
        assertEquals("O*NET relates Computer Systems Analysts to Computer and Information Systems Managers in the Career"
                + " Changers Matrix (rank 4) and the Career Starters Matrix (rank 10).", inBoth.getRationale());
        assertEquals(List.of("Job Zone Four: Considerable Preparation Needed: A considerable amount of work-related"
                + " skill, knowledge, or experience is needed for these occupations. For example, an accountant must"
                + " complete four years of college and work for several years in accounting to be considered"
                + " qualified."), inBoth.getPrerequisites());
        assertEquals(OnetCatalogue.STEP_DOWN, path(catalogue, "onet-15-2041-00-to-onet-15-1121-00").getOption());
    }

    @Test
    void rolesTakeFamilyActivitiesAndCharacteristicsFromTheOccupationsData() throws IOException {
        CatalogSnapshot catalogue = OnetCatalogue.build(OnetDatabase.read(sample("onet-20.3-sample")), 1, 3);

        Role manager = role(catalogue, "onet-11-1021-00");
        assertEquals("General and Operations Managers", manager.getTitle());
        assertEquals("11-1021.00", manager.getExternalCodes().getOnetSoc());
        assertEquals(RoleFamily.LEADERSHIP, manager.getFamily());
        assertTrue(manager.getCharacteristics().getManagesPeople());
        assertEquals(InfluenceType.FORMAL_AUTHORITY, manager.getCharacteristics().getInfluenceType());
        // Enterprising 7.00 of 7 and Investigative 1.33: as close to the business and as far from data science as can be.
        assertEquals(5, manager.getCharacteristics().getClosenessToBusiness());
        assertEquals(1, manager.getCharacteristics().getReturnToDataScience());
        assertEquals(OnetCatalogue.NEUTRAL, manager.getCharacteristics().getAutonomy());
        // Enterprising, the strongest interest, weighs most: entrepreneurship, product strategy and leading people.
        assertEquals(Map.of("domain-depth", 3, "analysis-insight", 1, "modelling-research", 1,
                "stakeholder-communication", 10, "teaching-writing", 10, "entrepreneurship", 18, "product-strategy", 18,
                "people-leadership", 16, "data-pipelines", 23), manager.getActivityProfile());
        assertEquals(RoleFamily.DATA, role(catalogue, "onet-15-2041-00").getFamily());
        for (Role role : catalogue.getRoles()) {
            assertEquals(100, role.getActivityProfile().values().stream().mapToInt(Integer::intValue).sum(), role.getSlug());
        }
    }

    @Test
    void aReleaseWithSkillsGivesRequirementsAndRelatedOccupationsGivePaths() throws IOException {
        OnetDatabase onet = OnetDatabase.read(sample("onet-29.2-sample"));
        CatalogSnapshot catalogue = OnetCatalogue.build(onet, 1, 2.5);

        assertEquals("O*NET 29.2 Database", onet.release());
        // Data Scientists and Software Developers have no skill ratings in 29.2; All Other has nothing at all.
        assertEquals(9, catalogue.getRoles().size());
        assertTrue(catalogue.getRoles().stream().noneMatch(role -> role.getSlug().equals("onet-15-2051-00")));
        assertEquals(35, catalogue.getSkills().size());
        assertTrue(catalogue.getSkills().stream().allMatch(skill -> skill.getLearningMonthsPerLevel() == 2.5));
        assertEquals("Using mathematics to solve problems.", catalogue.getSkills().stream()
                .filter(skill -> skill.getSlug().equals("mathematics")).findFirst().orElseThrow().getDescription());
        // Only the primary tiers of Related Occupations: 10 between sample roles.
        assertEquals(10, catalogue.getPaths().size());

        List<Requirement> statistician = role(catalogue, "onet-15-2041-00").getRequirements();
        // Mathematics: importance 4.88, level 5.38 of 7; Programming: importance 3.00 (important), level 3.12.
        assertEquals(new Requirement("mathematics", 5, 4), statistician.get(0));
        assertTrue(statistician.contains(new Requirement("programming", 3, 2)), statistician.toString());
        assertTrue(statistician.stream().allMatch(requirement -> requirement.getImportance() >= 3));

        TransitionPath stepUp = path(catalogue, "onet-15-1299-08-to-onet-15-1243-00");
        assertEquals(OnetCatalogue.STEP_UP, stepUp.getOption());
        assertEquals(12, stepUp.getEffortMonths());
        assertEquals(Risk.MEDIUM, stepUp.getRisk());
        assertEquals("O*NET relates Database Architects to Computer Systems Engineers/Architects in the Related"
                + " Occupations (rank 3).", stepUp.getRationale());
        Set<String> fromRequires = skills(role(catalogue, "onet-15-1299-08"));
        Set<String> toRequires = skills(role(catalogue, "onet-15-1243-00"));
        assertTrue(!stepUp.getCarryOverSkills().isEmpty() && stepUp.getCarryOverSkills().stream()
                .allMatch(skill -> fromRequires.contains(skill) && toRequires.contains(skill)), stepUp.toString());
    }

    @Test
    void activitiesShareEachInterestAboveTheFloorOfItsScale() {
        assertEquals(Map.of("analysis-insight", 50, "modelling-research", 50),
                OnetCatalogue.activityProfile(new double[] {1, 7, 1, 1, 1, 1}));
        assertEquals(Map.of("domain-depth", 50, "data-pipelines", 50),
                OnetCatalogue.activityProfile(new double[] {4, 1, 1, 1, 1, 4}));
        assertEquals(Map.of("domain-depth", 100), OnetCatalogue.activityProfile(new double[] {1, 1, 1, 1, 1, 1}));
    }

    @Test
    void bothReleasesGiveCataloguesThatHonourTheImportContract() throws IOException {
        for (String release : List.of("onet-20.3-sample", "onet-29.2-sample")) {
            CatalogSnapshot catalogue = OnetCatalogue.build(OnetDatabase.read(sample(release)), 1, 3);
            String json = OnetImport.JSON.writeValueAsString(catalogue);

            assertEquals(List.of(), SchemaValidation.violations("CatalogSnapshot.json", json), release);
            assertTrue(catalogue.getSources().get(0).getAttribution().contains("CC BY 4.0"), release);
        }
    }

    @Test
    void theCommandWritesTheCatalogueAndSaysWhatItRead(@TempDir Path folder) throws IOException {
        Path output = folder.resolve("out/onet.json");
        OnetDatabase onet = OnetDatabase.read(sample("onet-20.3-sample"));
        CatalogSnapshot catalogue = OnetCatalogue.build(onet, 1, 3);

        OnetImport.write(catalogue, output);
        String summary = OnetImport.summary(onet, catalogue, output, 42);

        CatalogSnapshot written = OnetImport.JSON.readValue(output.toFile(), CatalogSnapshot.class);
        assertEquals(catalogue.getRoles().size(), written.getRoles().size());
        assertEquals(catalogue.getPaths(), written.getPaths());
        assertTrue(summary.contains("O*NET 20.3 Database: 12 occupations"), summary);
        assertTrue(summary.contains("4 options, 0 skills, 10 roles, 13 paths, in 42 ms"), summary);
        assertTrue(summary.contains("cannot score them"), summary);
    }

    @Test
    void aFolderWithoutOccupationDataIsRefused(@TempDir Path empty) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> OnetDatabase.read(empty));
        assertTrue(refused.getMessage().endsWith("has no Occupation Data.txt"), refused.getMessage());
    }

    private static Path sample(String name) {
        try {
            return Path.of(Objects.requireNonNull(OnetImportTest.class.getClassLoader().getResource(name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Role role(CatalogSnapshot catalogue, String slug) {
        return catalogue.getRoles().stream().filter(role -> role.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    private static TransitionPath path(CatalogSnapshot catalogue, String slug) {
        return catalogue.getPaths().stream().filter(path -> path.getSlug().equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not among " + catalogue.getPaths().stream()
                        .map(TransitionPath::getSlug).toList()));
    }

    private static Set<String> skills(Role role) {
        return role.getRequirements().stream().map(Requirement::getSkill).collect(Collectors.toSet());
    }
}
