package io.pathfinder.e2e;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The same flow as {@link JavaSdkFlowIT} through the compiled TypeScript SDK: its Node test
 * (sdk/typescript/test/flow.test.mjs) run against this stack, failing with its output.
 */
class TypeScriptSdkFlowIT {

    @Test
    void theTypeScriptSdkDrivesTheWholeFlow() {
        RunningStack stack = RunningStack.get();

        NodeProgram.run("sdk/typescript", Map.of(
                "PATHFINDER_CATALOG_URL", stack.catalogUrl(),
                "PATHFINDER_ASSESSMENT_URL", stack.assessmentUrl(),
                "PATHFINDER_TOKEN", stack.tenantToken("sdk-typescript-e2e"),
                "PATHFINDER_ANALYST_TOKEN", stack.analystToken("sdk-typescript-e2e")),
                "node", "--test", "--test-reporter=spec", "test/flow.test.mjs");
    }
}
