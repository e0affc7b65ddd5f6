package io.pathfinder.catalog.security;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * The key that verifies bearer tokens. The jar holds none: a service started without one refuses to start,
 * rather than trust a key anyone could have.
 */
@ConfigMapping(prefix = "pathfinder.jwt")
public interface TokenVerificationConfig {

    String NOT_SET = "is not set: the service has no key to verify bearer tokens with. Set PATHFINDER_JWT_PUBLIC_KEY"
            + " to the token issuer's public key (a PEM file or a JWKS URL), see deploy/OPERATIONS.md";

    /** The issuer's public key, a PEM file or a JWKS URL: where {@code mp.jwt.verify.publickey.location} points. */
    Optional<@NotBlank(message = NOT_SET) String> publicKey();
}
