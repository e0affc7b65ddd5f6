package io.pathfinder.contracts.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractVocabularyTest {

    @Test
    void readsTheValuesInTheSchemasOrderAndTheirLabels() {
        ContractVocabulary priorities = ContractVocabulary.of("Priority");

        assertEquals(List.of("autonomy", "competence", "relatedness", "stability", "growth-pace", "influence", "pay",
                "closeness-to-business"), priorities.values());
        assertEquals("growth and pace", priorities.label("growth-pace"));
        assertEquals("closeness to the business", priorities.label("closeness-to-business"));
    }

    @Test
    void aValueWithoutALabelReadsAsItsWords() {
        ContractVocabulary families = ContractVocabulary.of("RoleFamily");

        assertTrue(families.labels().isEmpty());
        assertEquals("product and business", families.label("product-and-business"));
    }

    @Test
    void everyLabelInTheContractsBelongsToAValue() {
        for (String name : List.of("Activity", "PainPoint", "Priority", "Specialisation", "InfluenceType")) {
            ContractVocabulary vocabulary = ContractVocabulary.of(name);
            assertEquals(Set.copyOf(vocabulary.values()), vocabulary.labels().keySet(), name + " labels every value");
        }
    }

    @Test
    void refusesASchemaThatIsNotAVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> ContractVocabulary.of("Role"));
        assertThrows(IllegalArgumentException.class, () -> ContractVocabulary.of("NoSuchSchema"));
        assertThrows(IllegalArgumentException.class,
                () -> new ContractVocabulary("Risk", List.of("low", "high"), Map.of("medium", "medium")));
    }
}
