package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.contracts.model.Assessment;
import io.pathfinder.contracts.model.AssessmentStatus;
import io.pathfinder.contracts.model.Recommendation;
import io.pathfinder.examples.hrplatform.HrPlatformKafkaExample;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The HR platform example, run as a platform runs it: answers produced on Kafka, the result announced on
 * Kafka and read over HTTP. What it produces must be scored by the assessment service, and what it reads
 * back must be the result for its own key.
 */
class HrPlatformKafkaExampleIT {

    private static final String TENANT = "hr-platform-e2e";

    @Test
    void anEventProducedByAPlatformIsScoredAndItsRecommendationsComeBack() {
        RunningStack stack = RunningStack.get();
        UUID assessmentId = UUID.randomUUID();

        Assessment scored = new HrPlatformKafkaExample(stack.kafkaBootstrapServers(), TENANT, stack.assessmentUrl(),
                stack.tenantToken(TENANT))
                .submitAndAwaitRecommendations(assessmentId, HrPlatformKafkaExample.sampleAnswers(),
                        Duration.ofMinutes(2));

        assertEquals(assessmentId, scored.getId(), "the assessment is the one for our key");
        assertEquals(AssessmentStatus.SCORED, scored.getStatus());
        List<Recommendation> recommendations = scored.getResult().getRecommendations();
        assertFalse(recommendations.isEmpty(), "scored, with recommendations");
        for (int i = 0; i < recommendations.size(); i++) {
            assertEquals(i + 1, recommendations.get(i).getRank(), "ranked in order");
            if (i > 0) {
                assertTrue(recommendations.get(i).getScore() <= recommendations.get(i - 1).getScore(), "scores descend");
            }
        }
        // The sample is someone who would rather build platforms than analyse: the example shows sensible advice.
        assertEquals("adjacent-discipline", recommendations.get(0).getOption());
    }
}
