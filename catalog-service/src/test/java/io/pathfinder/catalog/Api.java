package io.pathfinder.catalog;

import io.pathfinder.contracts.testing.ContractValidation;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;

/** REST Assured with the served contract checked on every call, and the tokens tests present. */
public final class Api {

    private static final ContractValidation CONTRACT = new ContractValidation("openapi/catalog/openapi.yaml");
    private static final PrivateKey SIGNING_KEY = readSigningKey();

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().filter(CONTRACT.strict());
    }

    public static RequestSpecification givenInvalidRequest() {
        return RestAssured.given().filter(CONTRACT.responsesOnly());
    }

    public static String adminToken() {
        return adminToken("admin@pathfinder.example");
    }

    /** An administrator of the given name (token subject), as rate limits tell administrators apart. */
    public static String adminToken(String name) {
        return Jwt.issuer("pathfinder").upn(name).groups("catalog-admin").sign(SIGNING_KEY);
    }

    public static String readerToken() {
        return Jwt.issuer("pathfinder").upn("reader@pathfinder.example").groups("catalog-reader").sign(SIGNING_KEY);
    }

    private static PrivateKey readSigningKey() {
        try {
            return KeyUtils.readPrivateKey("privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The test signing key is unreadable", e);
        }
    }
}
