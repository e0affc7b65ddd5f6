package io.pathfinder.assessment.support;

import io.pathfinder.contracts.testing.ContractValidation;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;

/** REST Assured requests that are checked against the served contract, with or without a tenant's token. */
public final class Contract {

    private static final ContractValidation CONTRACT = new ContractValidation("openapi/assessment/openapi.yaml");
    private static final PrivateKey SIGNING_KEY = readSigningKey();

    private Contract() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT.strict());
    }

    public static RequestSpecification asTenant(String tenant) {
        return anonymous().auth().oauth2(token(tenant));
    }

    /** A tenant's request with a token that carries a group, e.g. hr-analyst. */
    public static RequestSpecification asTenantInGroup(String tenant, String group) {
        return anonymous().auth().oauth2(Jwt.issuer("pathfinder").subject("test-client").claim("tenant", tenant)
                .groups(group).sign(SIGNING_KEY));
    }

    /** A tenant's request that breaks the contract on purpose; the response must still honour it. */
    public static RequestSpecification invalidAsTenant(String tenant) {
        return RestAssured.given().filter(CONTRACT.responsesOnly()).auth().oauth2(token(tenant));
    }

    public static String token(String tenant) {
        return Jwt.issuer("pathfinder").subject("test-client").claim("tenant", tenant).sign(SIGNING_KEY);
    }

    /** A valid token that names no tenant, as a catalogue administrator's does. */
    public static String tokenWithoutTenant() {
        return Jwt.issuer("pathfinder").subject("test-client").sign(SIGNING_KEY);
    }

    private static PrivateKey readSigningKey() {
        try {
            return KeyUtils.readPrivateKey("privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The test signing key is unreadable", e);
        }
    }
}
