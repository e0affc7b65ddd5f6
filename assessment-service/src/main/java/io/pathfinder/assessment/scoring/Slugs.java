package io.pathfinder.assessment.scoring;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Translation between vocabulary constants and their JSON slugs. */
final class Slugs {

    private static final ClassValue<Map<String, Object>> BY_SLUG = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> bySlug = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                bySlug.put(((Vocabulary) constant).slug(), constant);
            }
            return Map.copyOf(bySlug);
        }
    };

    private Slugs() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this slug, or null when there is none. */
    static <E extends Enum<E> & Vocabulary> E find(Class<E> type, String slug) {
        return slug == null ? null : type.cast(BY_SLUG.get(type).get(slug));
    }

    static <E extends Enum<E> & Vocabulary> E parse(Class<E> type, String slug) {
        E value = find(type, slug);
        if (value == null) {
            throw new IllegalArgumentException("'" + slug + "' is not a " + type.getSimpleName() + " slug");
        }
        return value;
    }
}
