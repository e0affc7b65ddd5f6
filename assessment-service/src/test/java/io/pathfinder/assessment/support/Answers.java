package io.pathfinder.assessment.support;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Questionnaire answers as a client sends them: plain JSON, so tests can also break them. */
public final class Answers {

    private Answers() {
    }

    /** Someone who loves building software and platforms more than analysis, tired of vague success. */
    public static Map<String, Object> platformBuilder() {
        return read("answers/platform-builder.json");
    }

    /** A data analyst who wants to reach MLOps by way of data engineering; drawn to pipelines and platforms. */
    public static Map<String, Object> analystHeadingForMlops() {
        return read("answers/analyst-heading-for-mlops.json");
    }

    /** A statistician on the O*NET catalogue, strong in mathematics, who likes modelling and research best. */
    public static Map<String, Object> statisticianOnOnet() {
        return read("answers/statistician-on-onet.json");
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream json = Answers.class.getClassLoader().getResourceAsStream(resource)) {
            return DefaultCatalog.JSON.readValue(json, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
