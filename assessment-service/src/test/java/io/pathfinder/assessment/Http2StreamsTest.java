package io.pathfinder.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pathfinder.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An HTTP/2 connection carries a bounded number of requests at once, as the server tells each client when the
 * connection opens: unbounded, thousands of long polls on one connection ran the service out of memory.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class Http2StreamsTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/q/health/live")
    URL live;

    @Test
    void anHttp2ConnectionOffersAtMost250ConcurrentStreams() throws Exception {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
        try {
            long offered = client.request(HttpMethod.GET, live.getPort(), live.getHost(), live.getPath())
                    .compose(request -> request.send().map(response -> {
                        assertEquals(HttpVersion.HTTP_2, response.version());
                        return request.connection().remoteSettings().getMaxConcurrentStreams();
                    }))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertEquals(250, offered);
        } finally {
            client.close();
        }
    }
}
