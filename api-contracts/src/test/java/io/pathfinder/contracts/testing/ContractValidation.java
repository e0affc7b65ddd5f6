package io.pathfinder.contracts.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * REST Assured filters that hold every request and response of a test to a service's contract
 * (the bundled document on the classpath, e.g. openapi/catalog/openapi.yaml).
 */
public final class ContractValidation {

    private final OpenApiValidationFilter strict;
    private final OpenApiValidationFilter responsesOnly;

    public ContractValidation(String contractResource) {
        // Combinators resolved, so additionalProperties: false holds across allOf parts (the pages).
        strict = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(contractResource)
                .withResolveCombinators(true)
                .build());
        responsesOnly = new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(contractResource)
                .withResolveCombinators(true)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    /** Request and response must both honour the contract. */
    public OpenApiValidationFilter strict() {
        return strict;
    }

    /** For requests that break the contract on purpose: the response must still honour it. */
    public OpenApiValidationFilter responsesOnly() {
        return responsesOnly;
    }
}
