package io.remedy.notification.staff;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.remedy.local.testing.BackingServices;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The real Keycloak with the project's realm ({@code deploy/keycloak/remedy-realm.json}, demo users included), for
 * the staff directory. Tokens the tests send are still checked with the test key: only the directory talks to
 * Keycloak.
 */
public class KeycloakDirectory implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RealmKeycloak.class));
    }

    /** Starts Keycloak (once per test JVM) and points the directory at its realm. */
    public static class RealmKeycloak implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            Path realm = Path.of("..", "deploy", "keycloak", "remedy-realm.json").toAbsolutePath().normalize();
            if (!Files.isRegularFile(realm)) {
                throw new IllegalStateException("The realm file is missing: " + realm);
            }
            BackingServices keycloak = BackingServices.shared();
            keycloak.startKeycloak(realm);
            return Map.of("remedy.staff-directory.realm-url", keycloak.keycloakRealmUrl());
        }

        @Override
        public void stop() {
        }
    }
}
