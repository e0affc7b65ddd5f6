package io.pathfinder.assessment.catalogcopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.catalog.CatalogIds;
import io.pathfinder.contracts.model.CatalogChanged;
import io.pathfinder.contracts.model.CatalogChanged.ChangeEnum;
import io.pathfinder.contracts.model.CatalogChanged.EntityTypeEnum;
import io.pathfinder.contracts.model.Skill;
import io.pathfinder.contracts.model.SkillCategory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events come at least once and a replay can bring older ones back: the copy keeps the newest version of each entry. */
class CatalogCopyVersionsTest {

    private final CatalogCopy copy = new CatalogCopy(CatalogIds.CURATED, new ObjectMapper());

    @Test
    void anOlderUpsertArrivingLateDoesNotRollTheEntryBack() {
        assertTrue(copy.apply(upsert("sql", "SQL v7", 7)));
        assertFalse(copy.apply(upsert("sql", "SQL v5", 5)));
        assertFalse(copy.apply(upsert("sql", "SQL v7 again", 7)));

        assertEquals(List.of("SQL v7"), skillNames());
        assertEquals(7, copy.version());
    }

    @Test
    void aDeletedEntryStaysDeletedWhenAnOlderUpsertIsReplayed() {
        copy.apply(upsert("sql", "SQL", 3));
        copy.apply(deletion("sql", 4));

        assertFalse(copy.apply(upsert("sql", "SQL", 3)));
        assertEquals(List.of(), skillNames());

        assertTrue(copy.apply(upsert("sql", "SQL re-created", 9)));
        assertEquals(List.of("SQL re-created"), skillNames());
    }

    @Test
    void entriesAreVersionedOneByOne() {
        copy.apply(upsert("sql", "SQL", 8));

        assertTrue(copy.apply(upsert("python", "Python", 6)), "another entry's older catalogue version still applies");
        assertEquals(List.of("Python", "SQL"), skillNames());
        assertEquals(8, copy.version());
    }

    private List<String> skillNames() {
        return copy.skillsByName().stream().map(Skill::getName).toList();
    }

    private static CatalogChanged upsert(String slug, String name, long version) {
        return change(slug, version, ChangeEnum.UPSERTED).skill(new Skill().slug(slug).name(name)
                .category(SkillCategory.TECHNICAL).learningMonthsPerLevel(2.0));
    }

    private static CatalogChanged deletion(String slug, long version) {
        return change(slug, version, ChangeEnum.DELETED);
    }

    private static CatalogChanged change(String slug, long version, ChangeEnum change) {
        return new CatalogChanged().eventId(UUID.randomUUID()).catalogVersion(version).entryCount(1L)
                .changedAt(OffsetDateTime.now()).entityType(EntityTypeEnum.SKILL).key(slug).change(change);
    }
}
