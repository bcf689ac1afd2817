package io.remedy.local;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.remedy.contracts.Topics;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Starts every component of a stack on free ports (the four services as stand-ins), checks that each does its job,
 * then stops the stack and checks that no process of it is left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackTest {

    private static final List<String> DATABASES = List.of("booking", "records", "notification");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalStack stack;
    private static final List<ProcessHandle> processes = new ArrayList<>();

    @BeforeAll
    static void startEverything() throws IOException {
        Path target = Path.of("target").toAbsolutePath();
        Path state = Files.createTempDirectory(Files.createDirectories(target), "local-stack-test-");
        Path repository = standInRepository(state.resolve("repository"));
        stack = LocalStack.builder(state.resolve("state"))
                .cacheDir(LocalStack.findRepositoryRoot(target).resolve(".remedy/cache"))
                .ephemeral(true)
                .postgres(0, DATABASES.toArray(String[]::new))
                .databaseCredentials("remedy", "secret-" + UUID.randomUUID())
                .kafka(0)
                .keycloak(0, realmFile(state))
                .mail(0, 0)
                .sms(0, "test-token")
                .repository(repository)
                .service(PlatformService.BOOKING, 0)
                .service(PlatformService.RECORDS, 0)
                .service(PlatformService.NOTIFICATION, 0)
                .service(PlatformService.GATEWAY, 0)
                .service(PlatformService.CONSOLE, 0)
                .build();
        LocalStack.StartListener report = (component, took, alreadyRunning) -> System.out.printf(Locale.ROOT,
                "%-21s ready after %5.1f s%n", component.name(), took.toMillis() / 1000.0);
        stack.startBackingServices(report);
        stack.startServices(report);
        for (ProcessComponent component : stack.components()) {
            ProcessHandle process = component.process().flatMap(RecordedProcess::handle).orElseThrow();
            processes.add(process);
            process.descendants().forEach(processes::add);
        }
        processes.forEach(p -> System.out.printf(Locale.ROOT, "pid %-8d rss %6d kB  %s%n", p.pid(), rssKilobytes(p.pid()),
                p.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("?")));
    }

    @AfterAll
    static void stopWhatIsLeft() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void postgresServesEveryRequestedDatabase() throws Exception {
        for (String database : DATABASES) {
            try (Connection connection = stack.postgres().connect(database);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT current_database(), current_setting('server_version_num')")) {
                assertTrue(result.next());
                assertEquals(database, result.getString(1));
                assertTrue(result.getInt(2) >= 170000, "PostgreSQL 17 or newer");
            }
        }
    }

    @Test
    @Order(1)
    void kafkaHasThePlatformTopicsAndCarriesARecord() throws Exception {
        Kafka kafka = stack.kafka();
        try (Admin admin = kafka.admin()) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    Topics.all().stream().map(Topics.TopicSpec::name).toList()).allTopicNames().get();
            for (Topics.TopicSpec spec : Topics.all()) {
                assertEquals(spec.partitions(), topics.get(spec.name()).partitions().size(), spec.name());
            }
            // the client topic carries contact data: compacted, so an erasure's tombstone leaves nothing
            ConfigResource clients = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CLIENTS);
            assertEquals("compact", admin.describeConfigs(List.of(clients)).all().get().get(clients)
                    .get("cleanup.policy").value());
        }
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(Topics.SESSIONS, key, "{\"booked\":true}")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "local-stack-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.SESSIONS));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
                return received.stream().anyMatch(r -> key.equals(r.key()));
            });
        }
    }

    @Test
    @Order(1)
    void keycloakServesTheRealm() throws Exception {
        HttpResponse<String> response = get(stack.keycloak().realmUrl() + "/.well-known/openid-configuration", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"issuer\":\"" + stack.keycloak().publicRealmUrl() + "\""), response.body());
    }

    @Test
    @Order(1)
    void keycloakShowsBrowsersOneHostAndServicesTheirOwn() throws Exception {
        // asked on the back channel (127.0.0.1), the sign-in page is still on the advertised host, where its form
        // posts and its cookie live; the token endpoint stays on the host it was asked on
        String discovery = get(stack.keycloak().realmUrl() + "/.well-known/openid-configuration", null).body();
        assertTrue(discovery.contains("\"authorization_endpoint\":\"" + stack.keycloak().publicRealmUrl()
                + "/protocol/openid-connect/auth\""), discovery);
        assertTrue(discovery.contains("\"token_endpoint\":\"" + stack.keycloak().realmUrl()
                + "/protocol/openid-connect/token\""), discovery);
    }

    @Test
    @Order(1)
    void mailSentOverSmtpCanBeReadOverImap() throws Exception {
        MailServer mail = stack.mail();
        String recipient = "client-" + UUID.randomUUID() + "@harbour.test";
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("noreply@remedy.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        message.setSubject("Your session is booked");
        message.setText("See you on Monday.");
        Transport.send(message);

        Properties imap = new Properties();
        imap.put("mail.store.protocol", "imap");
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect("127.0.0.1", mail.imapPort(), recipient, "any-password");
        try {
            Folder inbox = store.getFolder("INBOX");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                inbox.open(Folder.READ_ONLY);
                try {
                    return inbox.getMessageCount() == 1
                            && inbox.getMessage(1).getSubject().equals("Your session is booked");
                } finally {
                    inbox.close(false);
                }
            });
        } finally {
            store.close();
        }
    }

    @Test
    @Order(1)
    void smsStubBehavesLikeAProvider() throws Exception {
        SmsStub sms = stack.sms();
        String to = "+447700900" + (100 + (int) (Math.random() * 800));
        String body = "{\"to\":\"" + to + "\",\"from\":\"Remedy\",\"body\":\"Reminder: massage tomorrow 10:00\"}";
        HttpResponse<String> accepted = post(sms.url() + "/v1/messages", sms.token(), body);
        assertEquals(202, accepted.statusCode());
        assertTrue(accepted.body().contains("\"status\":\"queued\""), accepted.body());
        assertEquals(401, post(sms.url() + "/v1/messages", null, body).statusCode());
        assertEquals(401, post(sms.url() + "/v1/messages", "wrong", body).statusCode());
        assertEquals(400, post(sms.url() + "/v1/messages", sms.token(), "{\"to\":").statusCode());
        assertEquals(400, post(sms.url() + "/v1/messages", sms.token(), "{\"to\":\"" + to + "\",\"from\":\"Remedy\"}").statusCode());

        HttpResponse<String> listed = get(sms.url() + "/v1/messages?to=" + to.replace("+", "%2B"), sms.token());
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("Reminder: massage tomorrow 10:00"), listed.body());

        assertEquals(200, post(sms.url() + "/v1/faults", null, "{\"failNext\":2,\"status\":500}").statusCode());
        assertEquals(500, post(sms.url() + "/v1/messages", sms.token(), body).statusCode());
        assertEquals(500, post(sms.url() + "/v1/messages", sms.token(), body).statusCode());
        assertEquals(202, post(sms.url() + "/v1/messages", sms.token(), body).statusCode());
        post(sms.url() + "/v1/faults", null, "{\"down\":true}");
        assertEquals(503, post(sms.url() + "/v1/messages", sms.token(), body).statusCode());
        post(sms.url() + "/v1/faults", null, "{\"down\":false}");
        assertEquals(202, post(sms.url() + "/v1/messages", sms.token(), body).statusCode());

        assertEquals(204, delete(sms.url() + "/v1/messages", sms.token()).statusCode());
        assertEquals("[]", get(sms.url() + "/v1/messages", sms.token()).body());
    }

    @Test
    @Order(1)
    void servicesGetTheirConfigurationFromTheStack() throws Exception {
        String booking = get(stack.service(PlatformService.BOOKING).url() + "/env", null).body();
        assertTrue(booking.contains("\"QUARKUS_DATASOURCE_JDBC_URL\":\"" + stack.postgres().jdbcUrl("booking") + "\""), booking);
        assertTrue(booking.contains("\"QUARKUS_DATASOURCE_REACTIVE_URL\":\"" + stack.postgres().reactiveUrl("booking") + "\""), booking);
        assertTrue(booking.contains("\"KAFKA_BOOTSTRAP_SERVERS\":\"" + stack.kafka().bootstrapServers() + "\""), booking);
        assertTrue(booking.contains("\"QUARKUS_OIDC_AUTH_SERVER_URL\":\"" + stack.keycloak().realmUrl() + "\""), booking);
        String notification = get(stack.service(PlatformService.NOTIFICATION).url() + "/env", null).body();
        assertTrue(notification.contains("\"QUARKUS_MAILER_PORT\":\"" + stack.mail().smtpPort() + "\""), notification);
        assertTrue(notification.contains("\"REMEDY_SMS_URL\":\"" + stack.sms().url() + "\""), notification);
        String gateway = get(stack.gatewayUrl() + "/env", null).body();
        assertTrue(gateway.contains("\"REMEDY_GATEWAY_RECORDS_URL\":\"" + stack.service(PlatformService.RECORDS).url() + "\""), gateway);
        assertTrue(gateway.contains("\"REMEDY_GATEWAY_OPENAPI_AUTH_SERVER_URL\":\"" + stack.keycloak().publicRealmUrl() + "\""), gateway);
        String console = get(stack.service(PlatformService.CONSOLE).url() + "/env", null).body();
        assertTrue(console.contains("\"QUARKUS_REST_CLIENT_GATEWAY_URL\":\"" + stack.gatewayUrl() + "\""), console);
        assertTrue(console.contains("\"QUARKUS_OIDC_AUTH_SERVER_URL\":\"" + stack.keycloak().realmUrl() + "\""), console);
        assertTrue(gateway.contains("\"QUARKUS_DATASOURCE_REACTIVE_URL\":\"" + stack.postgres().reactiveUrl("gateway") + "\""), gateway);
    }

    @Test
    @Order(2)
    void startingAgainReusesWhatRuns() {
        List<Long> before = stack.status().stream().map(ComponentStatus::pid).toList();
        stack.start();
        assertEquals(before, stack.status().stream().map(ComponentStatus::pid).toList());
        assertTrue(stack.status().stream().allMatch(ComponentStatus::up));
    }

    @Test
    @Order(3)
    void stoppingLeavesNoProcessOfTheStack() {
        stack.stop();
        List<ProcessHandle> alive = processes.stream().filter(ProcessHandle::isAlive).toList();
        assertTrue(alive.isEmpty(), "still alive: " + alive.stream().map(ProcessHandle::pid).toList());
        assertTrue(stack.status().stream().noneMatch(status -> status.pid() > 0 || status.up()));
        for (ProcessComponent component : stack.components()) {
            assertFalse(Files.exists(stack.layout().pidFile(component.name())), component.name());
        }
    }

    private static Path realmFile(Path state) throws IOException {
        Path real = LocalStack.findRepositoryRoot(Path.of("")).resolve("deploy/keycloak/remedy-realm.json");
        if (Files.isRegularFile(real)) {
            return real;
        }
        Path minimal = state.resolve("minimal-realm.json");
        try (InputStream in = LocalStackTest.class.getResourceAsStream("/minimal-realm.json")) {
            Files.copy(in, minimal);
        }
        return minimal;
    }

    /** A repository with every service module and the console, each "built" as a stand-in jar. */
    private static Path standInRepository(Path repository) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        for (PlatformService service : PlatformService.values()) {
            Path jar = repository.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
            Files.createDirectories(jar.getParent());
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Class<?> type : List.of(StandInService.class, Json.class)) {
                    String entry = type.getName().replace('.', '/') + ".class";
                    out.putNextEntry(new JarEntry(entry));
                    try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        return repository;
    }

    private static long rssKilobytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    private static HttpResponse<String> delete(String url, String token) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), token);
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
