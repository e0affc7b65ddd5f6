package io.pathfinder.contracts.testing;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the OpenAPI a service derives from its code with its contract: the same paths and
 * operations, and for each operation the same parameters (where, required, type, bounds, default)
 * and request body. Status codes and response schemas are checked on real responses instead, by
 * the validation filter the tests put on every call.
 */
public final class OpenApiConformance {

    private static final String UUID_PATTERN =
            "[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}";

    private OpenApiConformance() {
    }

    /** Every difference, one line each; empty when the code conforms. */
    public static List<String> differences(String contract, String derived) {
        OpenAPI expected = parse(contract);
        OpenAPI actual = parse(derived);
        Map<String, Operation> expectedOperations = operations(expected);
        Map<String, Operation> actualOperations = operations(actual);
        List<String> differences = new ArrayList<>();
        for (String key : new TreeSet<>(expectedOperations.keySet())) {
            if (!actualOperations.containsKey(key)) {
                differences.add(key + ": in the contract, not implemented");
            }
        }
        for (String key : new TreeSet<>(actualOperations.keySet())) {
            Operation implemented = actualOperations.get(key);
            Operation specified = expectedOperations.get(key);
            if (specified == null) {
                differences.add(key + ": implemented, not in the contract");
                continue;
            }
            compareParameters(key, parameters(expected, specified, key), parameters(actual, implemented, key), differences);
            boolean expectsBody = specified.getRequestBody() != null;
            boolean takesBody = implemented.getRequestBody() != null;
            if (expectsBody != takesBody) {
                differences.add(key + ": request body " + (expectsBody ? "expected" : "not expected"));
            }
        }
        return differences;
    }

    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIParser().readContents(document, null, options).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("Not an OpenAPI document");
        }
        return api;
    }

    private static Map<String, Operation> operations(OpenAPI api) {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/q/")) {
                item.readOperationsMap().forEach((method, operation) -> operations.put(method + " " + path, operation));
            }
        });
        return operations;
    }

    private static Map<String, Parameter> parameters(OpenAPI api, Operation operation, String key) {
        Map<String, Parameter> parameters = new TreeMap<>();
        PathItem item = api.getPaths().get(key.substring(key.indexOf(' ') + 1));
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        for (Parameter parameter : all) {
            parameters.put(parameter.getIn() + ":" + parameter.getName().toLowerCase(), parameter);
        }
        return parameters;
    }

    private static void compareParameters(String key, Map<String, Parameter> expected, Map<String, Parameter> actual,
            List<String> differences) {
        if (!expected.keySet().equals(actual.keySet())) {
            differences.add(key + ": parameters " + actual.keySet() + ", the contract has " + expected.keySet());
            return;
        }
        expected.forEach((name, specified) -> {
            Parameter implemented = actual.get(name);
            if (!Objects.equals(Boolean.TRUE.equals(specified.getRequired()), Boolean.TRUE.equals(implemented.getRequired()))) {
                differences.add(key + " " + name + ": required " + implemented.getRequired() + ", the contract says "
                        + specified.getRequired());
            }
            String expectedSchema = describe(specified.getSchema());
            String actualSchema = describe(implemented.getSchema());
            if (!expectedSchema.equals(actualSchema)) {
                differences.add(key + " " + name + ": schema " + actualSchema + ", the contract has " + expectedSchema);
            }
        });
    }

    private static String describe(Schema<?> schema) {
        if (schema == null) {
            return "none";
        }
        // A scanned document is OpenAPI 3.1 (a set of types), spells a UUID as a pattern and adds
        // int32/int64 formats the contract leaves to the type.
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && schema.getTypes().size() == 1 ? schema.getTypes().iterator().next() : null;
        boolean uuid = "uuid".equals(schema.getFormat()) || UUID_PATTERN.equals(schema.getPattern());
        return "type=" + (uuid ? "string" : type)
                + (uuid ? " format=uuid" : "")
                + " min=" + number(schema.getMinimum())
                + " max=" + number(schema.getMaximum())
                + " default=" + schema.getDefault()
                + " pattern=" + (uuid ? null : schema.getPattern())
                + " maxLength=" + schema.getMaxLength();
    }

    private static String number(java.math.BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
