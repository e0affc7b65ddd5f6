package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.assessment.catalogcopy.CatalogueJsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The O*NET sample catalogue, as catalog-import makes it, is one the engine scores on. */
class OnetCatalogueTest {

    private static final String RESOURCE = "catalog/onet-29.2-sample.json";

    @Test
    void aStatisticianIsScoredOnTheOnlyPathOutOfTheirOccupation() throws IOException {
        ScoringEngine engine = new ScoringEngine(catalogue());

        ScoringResult result = engine.score(AnswersBuilder.currentRole("onet-15-2041-00")
                .skill("mathematics", 5).skill("critical-thinking", 4).skill("programming", 3)
                .enjoys("analysis-insight", 5).weighs("growth-pace", 4)
                .build(), 10);

        assertEquals(1, result.recommendations().size());
        Recommendation only = result.recommendations().get(0);
        assertEquals("onet-15-2041-00-to-onet-15-1221-00", only.path());
        assertEquals("onet-15-1221-00", only.targetRole());
        assertEquals("Computer and Information Research Scientists", only.targetTitle());
        assertTrue(only.score() > 0 && only.score() <= 100, String.valueOf(only.score()));
        assertFalse(only.skillGaps().isEmpty());
        assertEquals("onet-related-same-preparation", result.options().get(0).option());
    }

    private static Catalogue catalogue() throws IOException {
        try (InputStream json = Objects.requireNonNull(
                OnetCatalogueTest.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            return CatalogueJsonReader.read(json);
        }
    }
}
