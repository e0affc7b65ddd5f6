package io.pathfinder.catalog.security;

import io.pathfinder.contracts.testing.WithoutVerificationKeyChecks;

/** The packaged service refuses to start without a key to verify bearer tokens with. */
class WithoutVerificationKeyIT extends WithoutVerificationKeyChecks {
}
