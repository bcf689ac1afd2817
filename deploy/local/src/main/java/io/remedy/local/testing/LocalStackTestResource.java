package io.remedy.local.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.remedy.local.LocalStack;
import io.remedy.local.MailServer;
import io.remedy.local.PaymentStub;
import io.remedy.local.Ports;
import io.remedy.local.SmsStub;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The backing services of a module's {@code @QuarkusTest}s: PostgreSQL and Kafka started once per JVM (one Surefire
 * fork = one module's test run) on free ports, stopped by a shutdown hook; by default native processes from
 * {@code deploy/local}, with {@code -Dremedy.stack=containers} Testcontainers instead.
 *
 * <p>Recommended use, on one test class of the module (Quarkus 3.34: neither annotation is deprecated; this is the
 * current one, and {@code GLOBAL} applies it to every test of the module, like
 * {@code @QuarkusTestResource(restrictToAnnotatedClass = false)}, so Quarkus starts only once):
 * <pre>{@code
 * @QuarkusTest
 * @WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
 *         initArgs = {@ResourceArg(name = "database", value = "booking")})
 * class SessionResourceTest { ... }
 * }</pre>
 * The module's {@code application.properties} should say {@code %test.quarkus.devservices.enabled=false}, and must
 * not set {@code quarkus.oidc.auth-server-url} for the test profile (tokens are checked with the public key).
 *
 * <p>Init args: {@code database} (default {@code app}); {@code mail=true} for GreenMail; {@code sms=true} for the
 * SMS-provider stub; {@code payments=true} for the payment-provider stub (the service then runs on a free port named
 * up front, so the stub's webhooks can reach it); {@code realm=<path of a realm file>} for a real Keycloak instead of {@link TestTokens}.
 *
 * <p>Returned configuration: {@code quarkus.datasource.reactive.url}, {@code quarkus.datasource.jdbc.url},
 * {@code quarkus.datasource.username}, {@code quarkus.datasource.password}, {@code kafka.bootstrap.servers};
 * {@code quarkus.oidc.public-key} and {@code quarkus.oidc.token.issuer} (or, with {@code realm},
 * {@code quarkus.oidc.auth-server-url}); with {@code mail}: {@code quarkus.mailer.host}, {@code quarkus.mailer.port},
 * {@code quarkus.mailer.mock=false}; with {@code sms}: {@code remedy.sms.url}, {@code remedy.sms.token}; with
 * {@code payments}: {@code remedy.billing.provider.url}, {@code .token}, {@code .webhook-secret}, {@code .webhook-url}
 * and {@code quarkus.http.test-port} (and {@code quarkus.management.test-port}).
 * Mail is read back over IMAP at 127.0.0.1:{@link #imapPort()} with the recipient's address as login.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private boolean mail;
    private boolean sms;
    private boolean payments;
    private Path realm;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        mail = Boolean.parseBoolean(initArgs.getOrDefault("mail", "false"));
        sms = Boolean.parseBoolean(initArgs.getOrDefault("sms", "false"));
        payments = Boolean.parseBoolean(initArgs.getOrDefault("payments", "false"));
        String realmArg = initArgs.get("realm");
        realm = realmArg == null || realmArg.isBlank() ? null : Path.of(realmArg);
    }

    @Override
    public Map<String, String> start() {
        BackingServices backing = BackingServices.shared();
        backing.startPostgresAndKafka(database);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", backing.reactiveUrl(database));
        config.put("quarkus.datasource.jdbc.url", backing.jdbcUrl(database));
        config.put("quarkus.datasource.username", backing.databaseUser());
        config.put("quarkus.datasource.password", backing.databasePassword());
        config.put("kafka.bootstrap.servers", backing.kafkaBootstrapServers());
        if (realm != null) {
            backing.startKeycloak(realm);
            config.put("quarkus.oidc.auth-server-url", backing.keycloakRealmUrl());
        } else {
            config.put("quarkus.oidc.public-key", TestTokens.publicKey());
            config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        }
        LocalStack stack = SharedStack.localStack();
        if (mail) {
            MailServer server = stack.mail();
            server.start();
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(server.smtpPort()));
            config.put("quarkus.mailer.mock", "false");
        }
        if (sms) {
            SmsStub stub = stack.sms();
            stub.start();
            config.put("remedy.sms.url", stub.url());
            config.put("remedy.sms.token", stub.token());
        }
        if (payments) {
            PaymentStub stub = stack.payments();
            stub.start();
            int port = Ports.free();
            config.put("quarkus.http.test-port", String.valueOf(port));
            // both servers on real ports: Quarkus' HTTP metrics tag a server by its port, and Prometheus refuses one
            // meter name with and without the tag
            config.put("quarkus.management.test-port", String.valueOf(Ports.free()));
            config.put("remedy.billing.provider.url", stub.url());
            config.put("remedy.billing.provider.token", stub.token());
            config.put("remedy.billing.provider.webhook-secret", stub.webhookSecret());
            config.put("remedy.billing.provider.webhook-url", "http://127.0.0.1:" + port + "/provider/webhooks");
        }
        return config;
    }

    /** Nothing: the services outlive each Quarkus application and stop when the JVM ends. */
    @Override
    public void stop() {
    }

    /** Kafka's bootstrap servers, for a test's own producer or consumer. */
    public static String kafkaBootstrapServers() {
        return BackingServices.shared().kafkaBootstrapServers();
    }

    /** The JDBC URL of a database, for a test that checks rows. */
    public static String jdbcUrl(String database) {
        return BackingServices.shared().jdbcUrl(database);
    }

    public static String databaseUser() {
        return BackingServices.shared().databaseUser();
    }

    public static String databasePassword() {
        return BackingServices.shared().databasePassword();
    }

    /** GreenMail's SMTP port. */
    public static int smtpPort() {
        return SharedStack.localStack().mail().smtpPort();
    }

    /** GreenMail's IMAP port: log in with the recipient's address (any password) to read what was sent. */
    public static int imapPort() {
        return SharedStack.localStack().mail().imapPort();
    }

    /** The SMS stub's base URL ({@code GET /v1/messages?to=...} lists what was sent; {@code POST /v1/faults}). */
    public static String smsUrl() {
        return SharedStack.localStack().sms().url();
    }

    /** The payment-provider stub's base URL ({@code GET /v1/webhooks} lists the webhooks it sent). */
    public static String paymentsUrl() {
        return SharedStack.localStack().payments().url();
    }

    public static String paymentsToken() {
        return SharedStack.localStack().payments().token();
    }

    /** The secret the stub signs webhooks with, so a test can sign (or forge) one itself. */
    public static String paymentsWebhookSecret() {
        return SharedStack.localStack().payments().webhookSecret();
    }

    public static String smsToken() {
        return SharedStack.localStack().sms().token();
    }
}
