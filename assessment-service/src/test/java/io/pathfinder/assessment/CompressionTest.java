package io.pathfinder.assessment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.pathfinder.assessment.support.DefaultCatalog;
import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON in gzip for clients that accept it: the same bytes once decompressed, the same ETag, still 304. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class CompressionTest {

    @BeforeEach
    void catalogueIsLoaded() throws InterruptedException {
        DefaultCatalog.publishAndAwaitCopy();
    }

    @Test
    void theQuestionnaireComesInGzipWhenAccepted() throws IOException {
        Response plain = raw().get("/questionnaire");
        Response gzip = raw().header("Accept-Encoding", "gzip").get("/questionnaire");

        assertEquals(200, plain.statusCode());
        assertNull(plain.header("Content-Encoding"));
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.header("Content-Encoding"));
        assertEquals(plain.header("ETag"), gzip.header("ETag"));
        assertArrayEquals(plain.asByteArray(), gunzip(gzip.asByteArray()));

        raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.header("ETag"))
                .when().get("/questionnaire")
                .then().statusCode(304);
    }

    /** No decoding, and no Accept-Encoding unless a test sends one. */
    private static RequestSpecification raw() {
        return RestAssured.given().config(RestAssuredConfig.config()
                .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
