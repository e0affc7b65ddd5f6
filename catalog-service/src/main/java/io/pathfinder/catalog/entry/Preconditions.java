package io.pathfinder.catalog.entry;

import io.pathfinder.contracts.model.FieldError;
import io.pathfinder.contracts.model.ProblemType;
import io.pathfinder.problems.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import java.util.List;

/** ETags and If-Match: an entry's tag is W/"version", a collection's is W/"catalog-version". */
public final class Preconditions {

    private Preconditions() {
    }

    public static EntityTag entityTag(long version) {
        return new EntityTag(Long.toString(version), true);
    }

    public static EntityTag catalogTag(long catalogVersion) {
        return new EntityTag("catalog-" + catalogVersion, true);
    }

    /** A replacement names its entry in the path; the body may not name another one. */
    public static void checkSameSlug(String pathSlug, String bodySlug) {
        if (!pathSlug.equals(bodySlug)) {
            throw ProblemException.invalid(List.of(new FieldError("body.slug", "must equal the slug in the path")));
        }
    }

    /** Absent If-Match (allowed on deletes) and "*" match any current version. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = Long.toString(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(Preconditions::opaque)
                .anyMatch(current::equals);
        if (!matches) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, 
                    "If-Match " + ifMatch.trim() + " is not the current version " + entityTag(currentVersion) + ".");
        }
    }

    /** The opaque part of an entity tag, weak or strong, without quotes. */
    public static String opaque(String tag) {
        String value = tag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
