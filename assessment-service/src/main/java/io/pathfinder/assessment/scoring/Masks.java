package io.pathfinder.assessment.scoring;

import java.util.Collection;

/** Sets of vocabulary constants as bit masks over their ordinals, so that overlaps cost one AND. */
final class Masks {

    private Masks() {
    }

    static int of(Collection<? extends Enum<?>> constants) {
        int mask = 0;
        for (Enum<?> constant : constants) {
            mask |= bit(constant);
        }
        return mask;
    }

    static int bit(Enum<?> constant) {
        return 1 << constant.ordinal();
    }
}
