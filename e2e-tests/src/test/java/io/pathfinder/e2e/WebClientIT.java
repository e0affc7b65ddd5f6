package io.pathfinder.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The reference web client, served by the assessment service, used by a person in headless Chromium:
 * questionnaire, submission, recommendations. The browser program is the web client's own
 * (web-client/src/test/e2e); it leaves its screenshots in this module's build folder.
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
}
