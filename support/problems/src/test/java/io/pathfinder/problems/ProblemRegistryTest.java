package io.pathfinder.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.Problem;
import io.pathfinder.contracts.model.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The implementation's problem types are the contract's registry (schemas/ProblemType.json), with its statuses and titles. */
class ProblemRegistryTest {

    private static final String BASE = "https://pathfinder.example/problems/";
    /** A row of the registry's table: | `type` | status | title | when |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);

    private static final JsonNode REGISTRY = read("contracts/schemas/ProblemType.json");

    @Test
    void theTypesAreTheContractsRegistry() {
        List<String> registered = new ArrayList<>();
        REGISTRY.path("enum").forEach(type -> registered.add(type.asText()));
        assertEquals(registered, Arrays.stream(ProblemType.values()).map(ProblemType::toString).toList());
        assertTrue(registered.stream().filter(type -> !type.equals("about:blank")).allMatch(type -> type.startsWith(BASE)),
                () -> "every Pathfinder type is under " + BASE + ": " + registered);
    }

    @Test
    void eachTypeHasTheStatusAndTitleTheContractDocuments() {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(REGISTRY.path("description").asText());
        while (row.find()) {
            documented.put(row.group(1), List.of(row.group(2).trim(), row.group(3).trim()));
        }
        assertEquals(Arrays.stream(ProblemType.values()).map(ProblemType::toString).toList(), List.copyOf(documented.keySet()),
                "the registry's table documents each type once, in the enum's order");
        for (ProblemType type : ProblemType.values()) {
            if (type != ProblemType.ABOUT_BLANK) {
                assertEquals(List.of(String.valueOf(Problems.status(type)), Problems.title(type)), documented.get(type.toString()),
                        type::toString);
            }
        }
    }

    @Test
    void aBareStatusIsItsRegisteredType() {
        for (ProblemType type : ProblemType.values()) {
            if (type != ProblemType.ABOUT_BLANK && type != ProblemType.NOT_PLANNABLE && type != ProblemType.UNKNOWN_REFERENCES) {
                assertEquals(type, Problems.typeOf(Problems.status(type)));
            }
        }
    }

    @Test
    void aStatusTheRegistryDoesNotNameIsAboutBlankWithItsReasonPhrase() {
        Problem problem = Problems.document(416);
        assertEquals(ProblemType.ABOUT_BLANK, problem.getType());
        assertEquals(416, problem.getStatus());
        assertEquals("Requested Range Not Satisfiable", problem.getTitle());
    }

    @Test
    void onlyProblemsAboutFieldsHaveErrorsAndTheyListAtMostAHundred() {
        assertNull(Problems.document(ProblemType.NOT_FOUND, "No role 'x'.").getErrors());
        List<FieldError> many = Collections.nCopies(120, new FieldError("body.name", "must not be blank"));
        assertEquals(100, ProblemException.invalid(many).problem().getErrors().size());
        assertEquals("The request has 120 invalid field(s).", ProblemException.invalid(many).problem().getDetail());
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ProblemRegistryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is unreadable", e);
        }
    }
}
