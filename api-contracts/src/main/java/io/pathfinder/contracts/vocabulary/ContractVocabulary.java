package io.pathfinder.contracts.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed vocabulary as the contract defines it, read from the schema of that name in the contracts this jar
 * carries: its values in order ({@code enum}) and the words shown to people for them ({@code x-enumDescriptions},
 * which the API reference renders too). The schemas are the one definition; code takes its values from here.
 */
public record ContractVocabulary(String name, List<String> values, Map<String, String> labels) {

    private static final String SCHEMAS = "contracts/schemas/";

    public ContractVocabulary {
        values = List.copyOf(values);
        labels = Map.copyOf(labels);
        if (!values.containsAll(labels.keySet())) {
            throw new IllegalArgumentException(name + " labels values it does not have: " + labels.keySet());
        }
    }

    /** The vocabulary of the string schema {@code contracts/schemas/<name>.json}. */
    public static ContractVocabulary of(String name) {
        JsonNode schema = read(SCHEMAS + name + ".json");
        JsonNode values = schema.path("enum");
        if (!values.isArray() || values.isEmpty()) {
            throw new IllegalArgumentException("The contract's schema " + name + " has no enum");
        }
        List<String> slugs = new ArrayList<>();
        values.forEach(value -> slugs.add(value.asText()));
        Map<String, String> labels = new LinkedHashMap<>();
        schema.path("x-enumDescriptions").properties().forEach(label -> labels.put(label.getKey(), label.getValue().asText()));
        return new ContractVocabulary(name, slugs, labels);
    }

    /** The words for a value: its label where the contract gives one, else the value with its hyphens as spaces. */
    public String label(String value) {
        return labels.getOrDefault(value, value.replace('-', ' '));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ContractVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract schema on the class path at " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract schema " + resource, e);
        }
    }
}
