package io.remedy.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Keycloak operator imports the realm from a KeycloakRealmImport: components/keycloak/realm-import.yaml is
 * deploy/keycloak/remedy-realm.json in that form, generated and kept equal here. After changing the realm:
 * {@code ./mvnw -pl deploy/checks -am verify -Dremedy.deploy.write-realm-import=true}.
 */
class RealmImportTest {

    static final Path REALM = Repository.path("deploy/keycloak/remedy-realm.json");
    static final Path IMPORT = Repository.path("deploy/k8s/components/keycloak/realm-import.yaml");
    private static final String HEADER = """
            # Generated from deploy/keycloak/remedy-realm.json by deploy/checks (RealmImportTest): do not edit here. After
            # changing the realm: ./mvnw -pl deploy/checks -am verify -Dremedy.deploy.write-realm-import=true
            # overlays/production removes the demo users and takes the clients' secrets from Secrets (placeholders).
            """;

    @Test
    void importsTheRealmOfTheRepository() throws IOException {
        JsonNode realm = Repository.readJson(REALM);
        if (Boolean.getBoolean("remedy.deploy.write-realm-import")) {
            Files.writeString(IMPORT, render(realm));
        }
        List<JsonNode> documents = Repository.readYamlDocuments(IMPORT);
        assertEquals(1, documents.size());
        JsonNode realmImport = documents.get(0);
        assertEquals("k8s.keycloak.org/v2alpha1", realmImport.path("apiVersion").asText());
        assertEquals("KeycloakRealmImport", realmImport.path("kind").asText());
        assertEquals(keycloakName(), realmImport.path("spec").path("keycloakCRName").asText(),
                "imports into the Keycloak of components/keycloak");
        assertEquals(realm, realmImport.path("spec").path("realm"),
                "realm-import.yaml differs from deploy/keycloak/remedy-realm.json: regenerate it "
                        + "(-Dremedy.deploy.write-realm-import=true)");
    }

    static String keycloakName() {
        return Repository.readYamlDocuments(Repository.path("deploy/k8s/components/keycloak/keycloak.yaml")).stream()
                .filter(d -> "Keycloak".equals(d.path("kind").asText()))
                .map(d -> d.path("metadata").path("name").asText())
                .findFirst().orElseThrow();
    }

    static String render(JsonNode realm) throws JsonProcessingException {
        YAMLMapper yaml = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();
        ObjectNode realmImport = yaml.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        realmImport.put("kind", "KeycloakRealmImport");
        ObjectNode metadata = realmImport.putObject("metadata");
        metadata.put("name", "remedy-realm");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", keycloakName());
        spec.set("realm", realm);
        return HEADER + yaml.writeValueAsString(realmImport);
    }
}
