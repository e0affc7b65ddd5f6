package io.pathfinder.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pathfinder.contracts.vocabulary.ContractVocabulary;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    @ParameterizedTest
    @ValueSource(classes = {Activity.class, PainPoint.class, Priority.class, Specialisation.class, InfluenceType.class,
            RoleFamily.class, SkillCategory.class, Risk.class})
    <E extends Enum<E> & Vocabulary> void everyEnumNamesItsSchemasValuesWithItsLabels(Class<E> type) {
        ContractVocabulary contract = ContractVocabulary.of(type.getSimpleName());
        List<E> constants = Arrays.asList(type.getEnumConstants());

        assertEquals(contract.values(), constants.stream().map(Vocabulary::slug).toList());
        for (E constant : constants) {
            assertEquals(contract.label(constant.slug()), constant.label());
            assertSame(constant, Vocabulary.parse(type, constant.slug()));
        }
    }

    @Test
    void labelsComeFromTheContract() {
        assertEquals("NLP and LLMs", Specialisation.NLP_LLM.label());
        assertEquals("slow pace and red tape", PainPoint.SLOW_PACE_RED_TAPE.label());
        assertEquals("vague-success", PainPoint.VAGUE_SUCCESS.slug());
    }

    @Test
    void anUnknownSlugIsNotFoundAndDoesNotParse() {
        assertNull(Vocabulary.find(Risk.class, "extreme"));
        assertNull(Vocabulary.find(Risk.class, null));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Vocabulary.parse(Risk.class, "extreme"));
        assertTrue(refused.getMessage().contains("'extreme' is not a Risk slug"), refused.getMessage());
    }

    @Test
    void anEnumThatDriftsFromItsSchemaIsRefusedOnFirstUse() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Drift.Risk.LOW.slug());
        assertTrue(refused.getMessage().contains("[low, high]"), refused.getMessage());
        assertTrue(refused.getMessage().contains("[low, medium, high]"), refused.getMessage());
    }

    /** Holds an enum named after the contract's Risk schema, but one value short. */
    private static final class Drift {
        enum Risk implements Vocabulary {
            LOW, HIGH
        }
    }
}
