package io.pathfinder.assessment.submission;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same flow against the packaged application. */
@QuarkusIntegrationTest
class AssessmentFlowIT extends AssessmentFlowTest {
}
