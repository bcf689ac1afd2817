package io.remedy.e2e.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remedy.e2e.Platform;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The API document the gateway serves, once every service's part is in, is the one kept in the repository (from
 * which the build generates a client, see {@link OpenApiDocumentTest}) and is valid by a standard parser. The
 * addresses of this run's gateway and Keycloak are written as {@code ./remedy up} has them; when the document
 * changed, the served one is left in {@code target/openapi/served.json} to be kept.
 */
class PublishedOpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** What {@code ./remedy up} runs: the gateway and the realm as browsers reach them. */
    private static final String GATEWAY = "http://localhost:8080";
    private static final String REALM = "http://localhost:18080/realms/remedy";

    @Test
    void servesTheDocumentKeptInTheRepository() throws IOException {
        String gateway = "http://localhost:" + URI.create(Platform.gatewayUrl()).getPort();
        String realm = Platform.stack().keycloak().publicRealmUrl();
        JsonNode served = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(PublishedOpenApiTest::served, document -> document.path("x-remedy-missing").isEmpty());
        ObjectNode document = ((ObjectNode) served).deepCopy();
        // when each part was fetched differs from run to run
        document.remove("x-remedy-sources");
        String text = JSON.writeValueAsString(document).replace(realm + "/", REALM + "/")
                .replace("\"" + gateway + "\"", "\"" + GATEWAY + "\"") + "\n";

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text);
        assertNotNull(parsed.getOpenAPI(), "the served document does not parse");
        assertEquals(List.of(), parsed.getMessages(), "the parser's complaints about the served document");

        Path out = Path.of("target/openapi/served.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        // the same document (the order of an object's keys aside)
        assertEquals(JSON.readTree(OpenApiDocumentTest.kept().toFile()), JSON.readTree(text), OpenApiDocumentTest.KEPT
                + " is not what the gateway serves: keep " + out.toAbsolutePath() + " if the change is meant");
    }

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().baseUri(Platform.gatewayUrl()).queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }
}
