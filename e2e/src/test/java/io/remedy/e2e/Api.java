package io.remedy.e2e;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/** Calls through the gateway with real tokens from Keycloak (password grant on the remedy-cli client). */
public final class Api {

    public static final String PASSWORD = "demo";

    /** Access tokens live 5 minutes: one is reused for at most 4. */
    private static final Duration REUSE = Duration.ofMinutes(4);

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private record Token(String value, Instant fetched) {
    }

    private Api() {
    }

    /** A request as the demo user, through the gateway. */
    public static RequestSpecification as(String user) {
        return given().baseUri(Platform.gatewayUrl()).auth().oauth2(token(user)).contentType(ContentType.JSON);
    }

    /** A request without a token, through the gateway. */
    public static RequestSpecification anonymous() {
        return given().baseUri(Platform.gatewayUrl()).contentType(ContentType.JSON);
    }

    /**
     * Makes a call, and again after the {@code Retry-After} the gateway names while it answers 429: for fixtures a
     * test makes by the dozen as one user (the matrix's fresh things), which a busy run may take past that user's
     * write limit. Rate limits have their own test.
     */
    public static Response waitingOutRateLimit(Supplier<Response> call) {
        Response response = call.get();
        for (int waits = 0; response.statusCode() == 429 && waits < 10; waits++) {
            String retryAfter = response.header("Retry-After");
            long seconds = retryAfter != null && retryAfter.matches("[0-9]+") ? Long.parseLong(retryAfter) : 1L;
            try {
                TimeUnit.SECONDS.sleep(Math.min(Math.max(seconds, 1L), 30L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = call.get();
        }
        return response;
    }

    /** A valid access token of a demo user, fetched again well before it expires. */
    public static String token(String user) {
        return TOKENS.compute(user, (name, known) -> known != null && known.fetched().plus(REUSE).isAfter(Instant.now())
                ? known : new Token(passwordGrant(name), Instant.now())).value();
    }

    private static String passwordGrant(String user) {
        return given().baseUri(Platform.stack().keycloak().realmUrl())
                .contentType(ContentType.URLENC)
                .formParam("client_id", "remedy-cli")
                .formParam("grant_type", "password")
                .formParam("username", user)
                .formParam("password", PASSWORD)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * The id of the first listed item whose field has the value, read page by page ({@code {items, nextCursor}},
     * nextCursor passed back as cursor); null when no page has it.
     */
    public static String idOf(String user, String path, String field, String value) {
        String cursor = null;
        do {
            RequestSpecification request = as(user);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            String id = page.param("v", value).getString("items.find { it." + field + " == v }.id");
            if (id != null) {
                return id;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return null;
    }
}
