package io.pathfinder.assessment.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;

/** REST Assured requests that are checked against the served contract, with or without a tenant's token. */
public final class Contract {

    private static final String CONTRACT = "openapi/assessment/openapi.yaml";
    private static final PrivateKey PRIVATE_KEY = readPrivateKey();
    private static final OpenApiValidationFilter VALIDATION = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build());
    /** For tests that send what the contract forbids on purpose: only the response is checked. */
    private static final OpenApiValidationFilter RESPONSE_VALIDATION = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(VALIDATION);
    }

    public static RequestSpecification asTenant(String tenant) {
        return anonymous().auth().oauth2(token(tenant));
    }

    /** A tenant's request that breaks the contract on purpose; the response must still honour it. */
    public static RequestSpecification invalidAsTenant(String tenant) {
        return RestAssured.given().filter(RESPONSE_VALIDATION).auth().oauth2(token(tenant));
    }

    public static String token(String tenant) {
        return Jwt.issuer("pathfinder").subject("test-client").claim("tenant", tenant).sign(PRIVATE_KEY);
    }

    private static PrivateKey readPrivateKey() {
        try {
            return KeyUtils.readPrivateKey("privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The test private key is unreadable", e);
        }
    }
}
