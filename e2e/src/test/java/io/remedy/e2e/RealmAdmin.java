package io.remedy.e2e;

import io.remedy.local.Keycloak;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Keycloak's admin API on the test platform's realm, for fixtures of a test's own: users of a fresh tenant (so a
 * test owns its data), a user of its own for a flood, a client whose tokens expire at once, the test gateway's
 * origin for a browser client. Never touches the demo users.
 */
public final class RealmAdmin {

    private RealmAdmin() {
    }

    /** A user a test made: sign in with {@link Api#as(String)} (password {@link Api#PASSWORD}). */
    public record User(String id, String username) {
    }

    /**
     * Creates a user with the platform's claims: {@code tenant}, {@code locations} (codes, or {@code *}) and realm
     * roles.
     */
    public static User createUser(String name, String tenant, List<String> locations, String... roles) {
        String username = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.test";
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("tenant", List.of(tenant));
        if (!locations.isEmpty()) {
            attributes.put("locations", locations);
        }
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("email", username);
        user.put("emailVerified", true);
        user.put("firstName", "E2e");
        user.put("lastName", name);
        user.put("enabled", true);
        user.put("attributes", attributes);
        user.put("credentials", List.of(Map.of("type", "password", "value", Api.PASSWORD, "temporary", false)));
        String location = admin().body(user).post("/users").then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        List<Map<String, Object>> mappings = new ArrayList<>();
        for (String role : roles) {
            mappings.add(admin().get("/roles/" + role).then().statusCode(200).extract().jsonPath().getMap("$"));
        }
        admin().body(mappings).post("/users/" + id + "/role-mappings/realm").then().statusCode(204);
        return new User(id, username);
    }

    /**
     * Registers a copy of the {@code remedy-cli} client under another id, with {@code attributes} overriding its own
     * (e.g. {@code access.token.lifespan}) and, if {@code withAudience} is false, without the mapper that puts
     * {@code remedy-api} into the token's audience. Returns the new client id.
     */
    public static String copyOfCliClient(String name, Map<String, String> attributes, boolean withAudience) {
        Map<String, Object> cli = admin().queryParam("clientId", "remedy-cli").get("/clients")
                .then().statusCode(200).extract().jsonPath().getMap("[0]");
        String clientId = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> copy = new HashMap<>(cli);
        copy.remove("id");
        copy.put("clientId", clientId);
        @SuppressWarnings("unchecked")
        Map<String, String> own = new HashMap<>((Map<String, String>) cli.getOrDefault("attributes", Map.of()));
        own.putAll(attributes);
        copy.put("attributes", own);
        List<Map<String, Object>> mappers = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cliMappers = (List<Map<String, Object>>) cli.getOrDefault("protocolMappers", List.of());
        for (Map<String, Object> mapper : cliMappers) {
            if (withAudience || !"oidc-audience-mapper".equals(mapper.get("protocolMapper"))) {
                Map<String, Object> fresh = new HashMap<>(mapper);
                fresh.remove("id");
                mappers.add(fresh);
            }
        }
        copy.put("protocolMappers", mappers);
        admin().body(copy).post("/clients").then().statusCode(201);
        return clientId;
    }

    /**
     * Adds an origin to a browser client's web origins, as a deployment does for its own front end: the test
     * platform's gateway listens on a port of its own, and a browser exchanging a code at Keycloak needs its origin
     * accepted.
     */
    public static void allowWebOrigin(String clientId, String origin) {
        Map<String, Object> client = admin().queryParam("clientId", clientId).get("/clients")
                .then().statusCode(200).extract().jsonPath().getMap("[0]");
        @SuppressWarnings("unchecked")
        List<String> origins = new ArrayList<>((List<String>) client.getOrDefault("webOrigins", List.of()));
        if (!origins.contains(origin)) {
            origins.add(origin);
            admin().body(Map.of("webOrigins", origins)).put("/clients/" + client.get("id"))
                    .then().statusCode(204);
        }
    }

    /** An access token by the password grant on another client of the realm. */
    public static String token(String clientId, String username) {
        return given().baseUri(keycloak().realmUrl())
                .contentType(ContentType.URLENC)
                .formParam("client_id", clientId)
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", Api.PASSWORD)
                .when().post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** A token of Keycloak's own master realm: validly signed, but by an issuer the platform does not trust. */
    public static String masterRealmToken() {
        return given().baseUri(keycloak().url())
                .contentType(ContentType.URLENC)
                .formParam("client_id", "admin-cli")
                .formParam("grant_type", "password")
                .formParam("username", keycloak().adminUser())
                .formParam("password", keycloak().adminPassword())
                .when().post("/realms/master/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /** The realm's public signing keys (JWKS). */
    public static Response jwks() {
        return given().baseUri(keycloak().realmUrl()).get("/protocol/openid-connect/certs");
    }

    private static RequestSpecification admin() {
        return given().baseUri(keycloak().url() + "/admin/realms/" + Keycloak.REALM)
                .auth().oauth2(masterRealmToken())
                .contentType(ContentType.JSON);
    }

    private static Keycloak keycloak() {
        return Platform.stack().keycloak();
    }
}
