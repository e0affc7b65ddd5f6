package io.pathfinder.catalog;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** REST Assured with the served contract checked on every call. */
public final class Api {

    private static final String CONTRACT = readContract();

    /** Checks request and response against the contract; allOf pages are merged so additionalProperties holds. */
    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT).withResolveCombinators(true).build());

    /** For requests that break the contract on purpose: only the response is checked. */
    private static final OpenApiValidationFilter RESPONSES = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForInlineApiSpecification(CONTRACT)
                    .withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().filter(STRICT);
    }

    public static RequestSpecification givenInvalidRequest() {
        return RestAssured.given().filter(RESPONSES);
    }

    public static String adminToken() {
        return Jwt.issuer("pathfinder").upn("admin@pathfinder.example").groups("catalog-admin").sign();
    }

    public static String readerToken() {
        return Jwt.issuer("pathfinder").upn("reader@pathfinder.example").groups("catalog-reader").sign();
    }

    private static String readContract() {
        try (InputStream in = Api.class.getClassLoader().getResourceAsStream("openapi/catalog/openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
