package io.pathfinder.assessment.scoring;

import io.pathfinder.contracts.vocabulary.ContractVocabulary;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A vocabulary enum's slugs and labels by ordinal, taken from the contract's schema of the enum's name. */
final class VocabularyTable {

    private static final ClassValue<VocabularyTable> TABLES = new ClassValue<>() {
        @Override
        protected VocabularyTable computeValue(Class<?> type) {
            return new VocabularyTable(type.asSubclass(Enum.class).getEnumConstants(),
                    ContractVocabulary.of(type.getSimpleName()));
        }
    };

    private final String[] slugs;
    private final String[] labels;
    private final Map<String, Enum<?>> bySlug;

    private VocabularyTable(Enum<?>[] constants, ContractVocabulary contract) {
        List<String> names = Arrays.stream(constants)
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList();
        if (!names.equals(contract.values())) {
            throw new IllegalStateException("The enum " + contract.name() + " names " + names
                    + " but the contract's schema " + contract.name() + " defines " + contract.values());
        }
        slugs = names.toArray(String[]::new);
        labels = names.stream().map(contract::label).toArray(String[]::new);
        Map<String, Enum<?>> constantsBySlug = new HashMap<>();
        for (Enum<?> constant : constants) {
            constantsBySlug.put(slugs[constant.ordinal()], constant);
        }
        bySlug = Map.copyOf(constantsBySlug);
    }

    static VocabularyTable of(Class<?> type) {
        return TABLES.get(type);
    }

    static VocabularyTable of(Vocabulary value) {
        return of(((Enum<?>) value).getDeclaringClass());
    }

    String slug(Vocabulary value) {
        return slugs[((Enum<?>) value).ordinal()];
    }

    String label(Vocabulary value) {
        return labels[((Enum<?>) value).ordinal()];
    }

    Enum<?> constant(String slug) {
        return bySlug.get(slug);
    }
}
