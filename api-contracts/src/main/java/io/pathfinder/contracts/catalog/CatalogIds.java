package io.pathfinder.contracts.catalog;

import java.util.regex.Pattern;

/**
 * The contract's CatalogId, for the code of both services: which strings name a catalogue, and that naming none
 * (a request without {@code ?catalog=}, a record or a stored result from before catalogues had ids) means the
 * curated one. The rules are repeated here as constants because annotations such as {@code @Pattern} need
 * constants; {@code CatalogIdsTest} keeps them equal to the schema.
 */
public final class CatalogIds {

    /** Pathfinder's own catalogue, the default everywhere. */
    public static final String CURATED = "curated";
    /** Lower-case letters and digits, words joined by hyphens. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 40;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private CatalogIds() {
    }

    public static String orCurated(String catalog) {
        return catalog == null ? CURATED : catalog;
    }

    public static boolean isCatalogId(String id) {
        return id != null && id.length() <= MAX_LENGTH && COMPILED.matcher(id).matches();
    }
}
