package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The reference web client, served by the assessment service, in headless Chromium: a person's questionnaire,
 * submission and recommendations, and an HR analyst's cohort insight. The browser programs are the web client's
 * own (web-client/src/test/e2e); they leave their screenshots in this module's build folder.
 */
class WebClientIT {

    @Test
    void aPersonAnswersTheQuestionnaireAndSeesExplainedRecommendations() throws IOException {
        RunningStack stack = RunningStack.get();
        Path screenshots = RunningStack.buildDir().resolve("web-client");

        NodeProgram.run("web-client", Map.of(
                "PATHFINDER_ASSESSMENT_URL", stack.assessmentUrl(),
                "PATHFINDER_TOKEN", stack.tenantToken("web-e2e"),
                "PATHFINDER_SCREENSHOT_DIR", screenshots.toString()),
                "node", "src/test/e2e/web-client.e2e.mjs");

        Path screenshot = screenshots.resolve("recommendations.png");
        assertTrue(Files.size(screenshot) > 10_000, "a rendered page, not an empty image: " + screenshot);
    }

    @Test
    void anHrAnalystReadsTheCohortInsight() throws IOException {
        RunningStack stack = RunningStack.get();
        Path screenshots = RunningStack.buildDir().resolve("web-client");
        // A tenant of its own on every run: the counts checked are of the people this run assesses, and no one else.
        String tenant = "web-insights-" + UUID.randomUUID();

        NodeProgram.run("web-client", Map.of(
                "PATHFINDER_ASSESSMENT_URL", stack.assessmentUrl(),
                "PATHFINDER_TOKEN", stack.tenantToken(tenant),
                "PATHFINDER_ANALYST_TOKEN", stack.analystToken(tenant),
                "PATHFINDER_SCREENSHOT_DIR", screenshots.toString()),
                "node", "src/test/e2e/insights.e2e.mjs");

        Path screenshot = screenshots.resolve("insights.png");
        assertTrue(Files.size(screenshot) > 10_000, "a rendered page, not an empty image: " + screenshot);
    }
}
