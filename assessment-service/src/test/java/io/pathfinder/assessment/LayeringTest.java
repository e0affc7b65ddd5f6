package io.pathfinder.assessment;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: the ground (the scoring engine, configuration, metrics, the tenant, the generated contract),
 * then what is kept (the catalogue copy, the questionnaire, the stored assessments), then the flows that keep them
 * (submission, the scoring pipeline, waiting for results), and on top what reads across them (journeys, outcomes,
 * insights).
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pathfinder.assessment");

    @Test
    void importsRunFromReadersThroughFlowsAndKeptDataToTheGround() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Ground").definedBy("io.pathfinder.assessment.scoring..", "io.pathfinder.assessment.config..",
                        "io.pathfinder.assessment.observability..", "io.pathfinder.assessment.tenant..",
                        "io.pathfinder.contracts..")
                .layer("Kept").definedBy("io.pathfinder.assessment.catalogcopy..",
                        "io.pathfinder.assessment.questionnaire..", "io.pathfinder.assessment.store..")
                .layer("Flows").definedBy("io.pathfinder.assessment.submission..", "io.pathfinder.assessment.pipeline..",
                        "io.pathfinder.assessment.results..")
                .layer("Readers").definedBy("io.pathfinder.assessment.journey..", "io.pathfinder.assessment.outcome..",
                        "io.pathfinder.assessment.insight..")
                .whereLayer("Readers").mayNotBeAccessedByAnyLayer()
                .whereLayer("Flows").mayOnlyBeAccessedByLayers("Readers")
                .whereLayer("Kept").mayOnlyBeAccessedByLayers("Flows", "Readers")
                .check(CLASSES);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.pathfinder.assessment.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
