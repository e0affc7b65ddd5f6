package io.pathfinder.catalog;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.pathfinder.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads in gzip for clients that accept it: the same bytes once decompressed, the same ETag, still 304. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class CompressionTest {

    @ParameterizedTest
    @ValueSource(strings = {"/roles/mlops-engineer", "/catalog/export", "/roles?family=engineering",
            "/skills/python", "/options", "/paths?from=data-scientist",
            "/roles/data-scientist/comparison/mlops-engineer"})
    void gzipCarriesTheSameBytesAndTag(String path) throws IOException {
        Response plain = raw().get(path);
        Response gzip = raw().header("Accept-Encoding", "gzip").get(path);

        assertEquals(200, plain.statusCode());
        assertEquals(null, plain.header("Content-Encoding"));
        assertEquals(200, gzip.statusCode());
        assertEquals("gzip", gzip.header("Content-Encoding"));
        assertEquals(plain.header("ETag"), gzip.header("ETag"));
        assertEquals(plain.contentType(), gzip.contentType());
        assertArrayEquals(plain.asByteArray(), gunzip(gzip.asByteArray()));
    }

    @Test
    void matchingTagIsNotModifiedWhateverTheEncoding() {
        String tag = raw().get("/roles/mlops-engineer").header("ETag");
        raw().header("Accept-Encoding", "gzip").header("If-None-Match", tag)
                .when().get("/roles/mlops-engineer")
                .then().statusCode(304).header("Content-Encoding", nullValue());
        String exportTag = raw().get("/catalog/export").header("ETag");
        raw().header("Accept-Encoding", "gzip, deflate").header("If-None-Match", exportTag)
                .when().get("/catalog/export")
                .then().statusCode(304);
    }

    @Test
    void gzipRefusedWithZeroQualityIsNotSent() {
        raw().header("Accept-Encoding", "gzip;q=0, identity")
                .when().get("/roles/mlops-engineer")
                .then().statusCode(200).header("Content-Encoding", nullValue())
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void problemsStayProblemDocuments() throws IOException {
        Response gzip = raw().header("Accept-Encoding", "gzip").get("/roles/no-such-role");
        assertEquals(404, gzip.statusCode());
        assertEquals("application/problem+json", gzip.contentType().split(";")[0]);
        String body = gzip.header("Content-Encoding") == null ? gzip.asString()
                : new String(gunzip(gzip.asByteArray()), StandardCharsets.UTF_8);
        assertThat(body, startsWith("{"));
        assertThat(body, containsString("no-such-role"));
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
