package io.pathfinder.assessment.catalogcopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogChanged.ChangeEnum;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each catalogue on the topic has a copy of its own: entries, versions and completeness are per catalogue. */
class CatalogCopiesTest {

    private final CatalogCopies copies = new CatalogCopies(new ObjectMapper());

    @Test
    void theSameSlugInTwoCataloguesIsTwoEntries() {
        assertTrue(copies.apply(upsert("curated", "writing", "Technical writing", 7, 1)));
        assertTrue(copies.apply(upsert("onet", "writing", "Writing", 2, 1)));

        assertEquals(List.of("Technical writing"), skillNames("curated"));
        assertEquals(List.of("Writing"), skillNames("onet"));
    }

    @Test
    void versionsAreKeptPerCatalogue() {
        copies.apply(upsert("curated", "writing", "Technical writing", 7, 1));

        assertTrue(copies.apply(upsert("onet", "writing", "Writing", 2, 1)),
                "an older version of another catalogue's entry of the same slug still applies");
        assertFalse(copies.apply(upsert("onet", "writing", "Writing, replayed", 2, 1)));
        assertTrue(copies.apply(deletion("onet", "writing", 3, 0)));

        assertEquals(7, copies.find("curated").orElseThrow().version());
        assertEquals(3, copies.find("onet").orElseThrow().version());
        assertEquals(List.of("Technical writing"), skillNames("curated"));
        assertEquals(List.of(), skillNames("onet"));
    }

    @Test
    void aRecordNamingNoCatalogueIsTheCuratedOnes() {
        copies.apply(upsert(null, "sql", "SQL", 4, 1));
        assertFalse(copies.apply(upsert("curated", "sql", "SQL, older", 3, 1)), "the same entry, at a newer version");

        assertEquals(List.of("SQL"), skillNames("curated"));
        assertTrue(copies.find("onet").isEmpty());
    }

    @Test
    void eachCopyIsReadyOnceCaughtUpAndComplete() {
        copies.apply(upsert("curated", "sql", "SQL", 4, 1));
        copies.apply(upsert("onet", "writing", "Writing", 2, 2));
        assertTrue(copies.ready("curated").isEmpty(), "not caught up with the topic yet");

        copies.markCaughtUp();

        assertTrue(copies.ready("curated").isPresent());
        assertTrue(copies.ready("onet").isEmpty(), "one of its two entries is missing");
        copies.apply(upsert("onet", "speaking", "Speaking", 2, 2));
        assertTrue(copies.ready("onet").isPresent());

        copies.apply(upsert("esco", "sql", "SQL", 1, 1));
        assertTrue(copies.ready("esco").isPresent(), "a catalogue first published after the start is caught up");
    }

    private List<String> skillNames(String catalog) {
        return copies.find(catalog).orElseThrow().skillsByName().stream().map(Skill::getName).toList();
    }

    private static CatalogChanged upsert(String catalog, String slug, String name, long version, long entries) {
        return change(catalog, slug, version, entries, ChangeEnum.UPSERTED).skill(new Skill().slug(slug).name(name)
                .category(SkillCategory.TECHNICAL).learningMonthsPerLevel(2.0));
    }

    private static CatalogChanged deletion(String catalog, String slug, long version, long entries) {
        return change(catalog, slug, version, entries, ChangeEnum.DELETED);
    }

    private static CatalogChanged change(String catalog, String slug, long version, long entries, ChangeEnum change) {
        return new CatalogChanged().eventId(UUID.randomUUID()).catalog(catalog).catalogVersion(version)
                .entryCount(entries).changedAt(OffsetDateTime.now()).entityType(EntityTypeEnum.SKILL).key(slug)
                .change(change);
    }
}
