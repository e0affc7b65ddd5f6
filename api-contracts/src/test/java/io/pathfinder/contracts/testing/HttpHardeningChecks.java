package io.pathfinder.contracts.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.Map;

/**
 * The services' checks of what the contracts promise of every response, whoever answers it: security
 * headers and CORS. CORS preflights (OPTIONS) are not operations of the contracts, and a refused origin is
 * answered before the API, so these requests go without the contract filter.
 */
public final class HttpHardeningChecks {

    /** The origin {@link BehindTrustedProxy} allows. */
    public static final String ALLOWED_ORIGIN = "https://app.pathfinder.test";
    public static final String OTHER_ORIGIN = "https://elsewhere.test";

    private HttpHardeningChecks() {
    }

    /** What a browser asks before it sends {@code method} with {@code header} from {@code origin}. */
    public static Response preflight(String origin, String path, String method, String header) {
        return RestAssured.given()
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", header)
                .options(path);
    }

    public static void assertGranted(Response preflight, String origin, String method, String header) {
        preflight.then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(origin))
                .header("Access-Control-Allow-Methods", containsString(method))
                .header("Access-Control-Allow-Headers", containsString(header))
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .header("Access-Control-Max-Age", equalTo("3600"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    /**
     * Refused before the API, without the Access-Control-Allow-Origin that alone grants a browser access
     * (Quarkus still lists the methods and headers it allows in a refused preflight).
     */
    public static void assertNoGrant(Response response) {
        response.then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    /** A deployment behind a TLS-terminating proxy on this host, with one browser origin allowed. */
    public static class BehindTrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.0/8,::1/128",
                    "quarkus.http.cors.origins", ALLOWED_ORIGIN);
        }
    }
}
