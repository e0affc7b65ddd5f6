package io.pathfinder.catalog;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Imports run one way: the ground (the view, the entry machinery, HTTP, messaging, the generated contract) knows
 * no entry type; an entry type knows the ground and the types it names, never one that names it; only the whole
 * catalogue (import, database load, export) knows every type.
 */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.pathfinder.catalog");

    @Test
    void importsRunFromTheWholeCatalogueThroughEntryTypesToTheGround() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture()
                .layer("Ground").definedBy("io.pathfinder.catalog.view..", "io.pathfinder.catalog.entry..",
                        "io.pathfinder.catalog.http..", "io.pathfinder.catalog.messaging..",
                        "io.pathfinder.catalog.observability..", "io.pathfinder.catalog.security..",
                        "io.pathfinder.contracts..")
                .layer("Entry types").definedBy("io.pathfinder.catalog.role..", "io.pathfinder.catalog.skill..",
                        "io.pathfinder.catalog.option..", "io.pathfinder.catalog.path..")
                .layer("Whole catalogue").definedBy("io.pathfinder.catalog.snapshot..")
                .whereLayer("Whole catalogue").mayNotBeAccessedByAnyLayer()
                .whereLayer("Entry types").mayOnlyBeAccessedByLayers("Whole catalogue")
                .check(CLASSES);
    }

    /** Also keeps two entry types from naming each other: a path may know roles, but then roles not paths. */
    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("io.pathfinder.catalog.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
