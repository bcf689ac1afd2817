package io.remedy.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** What {@code ./remedy up} tells the person at the terminal: each component as it becomes ready, then the URLs and logins. */
final class UpSummary {

    private static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin@harbour.test", "chain-admin", "harbour", "*"},
            new String[] {"manager.norwich@harbour.test", "branch-manager", "harbour", "norwich"},
            new String[] {"reception.norwich@harbour.test", "receptionist", "harbour", "norwich"},
            new String[] {"ana.therapist@harbour.test", "therapist", "harbour", "norwich, jupiter"},
            new String[] {"ben.therapist@harbour.test", "therapist", "harbour", "jupiter"},
            new String[] {"sam.client@harbour.test", "client", "harbour", "-"},
            new String[] {"admin@summit.test", "chain-admin", "summit", "*"},
            new String[] {"lee.client@summit.test", "client", "summit", "-"});

    private final PrintStream out;

    UpSummary(PrintStream out) {
        this.out = out;
    }

    void reportReady(ProcessComponent component, java.time.Duration took, boolean alreadyRunning) {
        out.printf(Locale.ROOT, "  %-21s %s%n", component.name(), alreadyRunning
                ? "already running (pid " + component.process().map(RecordedProcess::pid).orElse(-1L) + ")"
                : String.format(Locale.ROOT, "ready on port %d after %.1f s", component.port(), took.toMillis() / 1000.0));
    }

    void print(LocalStack stack, boolean stackOnly) {
        Keycloak keycloak = stack.keycloak();
        Postgres postgres = stack.postgres();
        String keycloakUrl = "http://localhost:" + keycloak.port();
        out.println();
        out.println(stackOnly ? "Remedy's backing services are up." : "Remedy is up.");
        if (!stackOnly) {
            String gateway = "http://localhost:" + stack.service(PlatformService.GATEWAY).port();
            out.println("  Console      " + stack.consoleUrl() + "  (sign in as any demo login below)");
            out.println("  Gateway      " + gateway);
            out.println("  Swagger UI   " + gateway + "/q/swagger-ui");
        }
        out.println("  Keycloak     " + keycloakUrl + "  (admin console: " + keycloak.adminUser() + " / "
                + keycloak.adminPassword() + ", realm " + Keycloak.REALM + ")");
        out.println("  PostgreSQL   127.0.0.1:" + postgres.port() + "  (user " + postgres.user() + ", databases "
                + String.join(", ", postgres.databases()) + ")");
        out.println("  Kafka        " + stack.kafka().bootstrapServers());
        out.println("  Mail         SMTP 127.0.0.1:" + stack.mail().smtpPort() + ", IMAP 127.0.0.1:"
                + stack.mail().imapPort() + " (login: the recipient's address, any password)");
        out.println("  SMS stub     " + stack.sms().url() + "/v1/messages  (Authorization: Bearer " + stack.sms().token() + ")");
        out.println("  Payments     " + stack.payments().url() + "/v1/checkouts  (payment-provider stub; Authorization: Bearer "
                + stack.payments().token() + ")");
        out.println();
        out.println("Demo logins (password: demo)");
        out.printf(Locale.ROOT, "  %-32s %-15s %-8s %s%n", "user", "role", "tenant", "locations");
        for (String[] user : DEMO_USERS) {
            out.printf(Locale.ROOT, "  %-32s %-15s %-8s %s%n", (Object[]) user);
        }
        out.println();
        out.println("Try it:");
        out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=remedy-cli \\");
        out.println("      -d username=reception.norwich@harbour.test -d password=demo \\");
        out.println("      " + keycloakUrl + "/realms/remedy/protocol/openid-connect/token \\");
        out.println("      | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        if (!stackOnly) {
            out.println("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:"
                    + stack.service(PlatformService.GATEWAY).port() + "/api/v1/locations");
        }
        out.println();
        out.println("Stop it with ./remedy down; see what runs with ./remedy status; read a log with ./remedy logs NAME.");
    }
}
