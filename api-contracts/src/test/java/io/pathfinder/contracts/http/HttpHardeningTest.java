package io.pathfinder.contracts.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpHardeningTest {

    @Test
    void forwardedHeadersAreTrustedOnlyFromListedProxies() {
        assertThrows(IllegalStateException.class, () -> HttpHardening.requireTrustedProxies(true, Optional.empty()));
        assertThrows(IllegalStateException.class, () -> HttpHardening.requireTrustedProxies(true, Optional.of(List.of())));
        assertDoesNotThrow(() -> HttpHardening.requireTrustedProxies(true, Optional.of(List.of("10.0.0.0/8"))));
        assertDoesNotThrow(() -> HttpHardening.requireTrustedProxies(false, Optional.empty()));
    }
}
