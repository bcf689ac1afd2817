package io.remedy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./remedy up | down | status | logs NAME}: the platform on this machine as native processes, state under
 * {@code .remedy/} at the repository root.
 */
public final class RemedyCommand {

    private static final String USAGE = """
            Usage: ./remedy <command> [options]

            Commands:
              up [--stack-only]   build what is missing, start PostgreSQL, Kafka, Keycloak, mail (SMTP/IMAP),
                                  the SMS and payment-provider stubs, the five services and the
                                  console, seed the demo data, print URLs and logins.
                                  --stack-only starts the backing services only. Running it again starts only
                                  what is not running.
                                  --replicas N (REMEDY_REPLICAS) runs N instances of each service (not of the
                                  gateway and the console): the second on the port + 100 (booking 8181, its
                                  management 9181), named booking-service-2; the gateway balances across them.
              down                stop everything that was started, in reverse order (by recorded pid)
              status              each component: pid, port, up/down, log file
              logs NAME [-n N] [--no-follow]
                                  the last N (100) lines of a component's log, then follow it (Ctrl-C ends)
              help                this text

            Ports (flag or environment variable; defaults in brackets):
              --gateway-port  REMEDY_GATEWAY_PORT  [8080]    --booking-port       REMEDY_BOOKING_PORT       [8081]
              --records-port  REMEDY_RECORDS_PORT  [8082]    --notification-port  REMEDY_NOTIFICATION_PORT  [8083]
              --keycloak-port REMEDY_KEYCLOAK_PORT [18080]   --pg-port            REMEDY_PG_PORT            [15432]
              --kafka-port    REMEDY_KAFKA_PORT    [19092]   --kafka-controller-port REMEDY_KAFKA_CONTROLLER_PORT [19093]
              --smtp-port     REMEDY_SMTP_PORT     [3025]    --imap-port          REMEDY_IMAP_PORT          [3143]
              --sms-port      REMEDY_SMS_PORT      [18090]   --console-port       REMEDY_CONSOLE_PORT       [8090]
              --billing-port  REMEDY_BILLING_PORT  [8084]    --payments-port      REMEDY_PAYMENTS_PORT      [18091]
            Other settings: --db-password / REMEDY_DB_PASSWORD [remedy], --keycloak-admin / REMEDY_KEYCLOAK_ADMIN [admin],
              --keycloak-admin-password / REMEDY_KEYCLOAK_ADMIN_PASSWORD [admin], --sms-token / REMEDY_SMS_TOKEN
              [local-sms-token], --payments-token / REMEDY_PAYMENTS_TOKEN [local-payments-token],
              --payments-webhook-secret / REMEDY_PAYMENTS_WEBHOOK_SECRET [a local-only whsec_ secret],
              --realm / REMEDY_REALM [deploy/keycloak/remedy-realm.json]

            Components: postgres, kafka, keycloak, mail, sms, payments, booking-service, records-service,
              notification-service, billing-service, gateway, console. Logs in .remedy/logs/, pids in .remedy/pids/, data in .remedy/data/.
            """;

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
    private final Path root;
    private final Map<String, String> options;
    private final Map<String, String> environment;

    RemedyCommand(PrintStream out, Path root, Map<String, String> options, Map<String, String> environment) {
        this.out = out;
        this.root = root;
        this.options = options;
        this.environment = environment;
    }

    public static void main(String[] args) {
        // the Kafka admin client logs through SLF4J; a person at a terminal wants only warnings
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> arguments = new ArrayList<>(List.of(args));
        String command = arguments.isEmpty() ? "help" : arguments.remove(0);
        try {
            Map<String, String> options = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(arguments);
            while (!queue.isEmpty()) {
                String argument = queue.poll();
                if (argument.startsWith("--")) {
                    int eq = argument.indexOf('=');
                    if (eq > 0) {
                        options.put(argument.substring(2, eq), argument.substring(eq + 1));
                    } else if (!queue.isEmpty() && !queue.peek().startsWith("-") && takesValue(argument.substring(2))) {
                        options.put(argument.substring(2), queue.poll());
                    } else {
                        options.put(argument.substring(2), "true");
                    }
                } else if (argument.equals("-n") && !queue.isEmpty()) {
                    options.put("lines", queue.poll());
                } else {
                    positional.add(argument);
                }
            }
            Path root = Path.of(System.getProperty("remedy.root", LocalStack.findRepositoryRoot(Path.of("")).toString()));
            RemedyCommand remedy = new RemedyCommand(System.out, root, options, System.getenv());
            int status = switch (command) {
                case "up" -> remedy.up();
                case "down" -> remedy.down();
                case "status" -> remedy.status();
                case "logs" -> remedy.logs(positional);
                case "help", "--help", "-h" -> {
                    System.out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.println("unknown command: " + command);
                    System.err.print(USAGE);
                    yield 2;
                }
            };
            System.exit(status);
        } catch (ComponentFailure | IllegalStateException | IllegalArgumentException e) {
            System.err.println("remedy " + command + " failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static boolean takesValue(String option) {
        return !option.equals("stack-only") && !option.equals("no-follow");
    }

    private int up() {
        boolean stackOnly = options.containsKey("stack-only");
        LocalStack stack = stack(!stackOnly, false);
        if (!stackOnly) {
            List<String> missing = new ArrayList<>();
            for (PlatformService service : PlatformService.values()) {
                Path jar = stack.service(service).jar();
                if (!Files.isRegularFile(jar)) {
                    missing.add(root.relativize(jar).toString());
                }
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("missing " + String.join(", ", missing)
                        + ": build with ./mvnw -DskipTests install, or start only the backing services with --stack-only");
            }
        }
        out.println("Starting the backing services (the first Keycloak start builds it: about a minute)...");
        stack.startBackingServices(this::reportReady);
        if (!stackOnly) {
            out.println("Starting the services...");
            stack.startServices(this::reportReady);
            out.println("Seeding demo data...");
            try {
                new DemoChainSeed().seed(stack, out);
            } catch (Exception e) {
                throw new IllegalStateException("seeding the demo data failed: " + e.getMessage(), e);
            }
        }
        printSummary(stack, stackOnly);
        return 0;
    }

    private void reportReady(ProcessComponent component, java.time.Duration took, boolean alreadyRunning) {
        out.printf(Locale.ROOT, "  %-21s %s%n", component.name(), alreadyRunning
                ? "already running (pid " + component.process().map(RecordedProcess::pid).orElse(-1L) + ")"
                : String.format(Locale.ROOT, "ready on port %d after %.1f s", component.port(), took.toMillis() / 1000.0));
    }

    private void printSummary(LocalStack stack, boolean stackOnly) {
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

    private int down() {
        LocalStack stack = stack(true, true);
        List<ComponentStatus> before = stack.status();
        stack.stop();
        List<String> stopped = new ArrayList<>();
        for (int i = before.size() - 1; i >= 0; i--) {
            ComponentStatus status = before.get(i);
            if (status.pid() > 0) {
                stopped.add(status.name() + " (pid " + status.pid() + ")");
            }
        }
        out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped " + String.join(", ", stopped) + ".");
        return 0;
    }

    private int status() {
        LocalStack stack = stack(true, true);
        out.printf(Locale.ROOT, "%-21s %-8s %-6s %-5s %s%n", "COMPONENT", "PID", "PORT", "STATE", "LOG");
        boolean allUp = true;
        for (ComponentStatus status : stack.status()) {
            allUp &= status.up();
            out.printf(Locale.ROOT, "%-21s %-8s %-6d %-5s %s%n", status.name(),
                    status.pid() > 0 ? String.valueOf(status.pid()) : "-", status.port(),
                    status.up() ? "up" : (status.pid() > 0 ? "start" : "down"), root.relativize(status.log()));
        }
        return allUp ? 0 : 3;
    }

    private int logs(List<String> positional) {
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("which log? one of " + stack(true, true).components().stream()
                    .map(ProcessComponent::name).toList());
        }
        ProcessComponent component = stack(true, true).component(positional.get(0));
        Path log = component.logFile();
        if (!Files.exists(log)) {
            throw new IllegalArgumentException("no log yet at " + log);
        }
        int lines = Integer.parseInt(options.getOrDefault("lines", "100"));
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(out::println);
            if (options.containsKey("no-follow")) {
                return 0;
            }
            long position = file.length();
            while (true) {
                long length = file.length();
                if (length < position) {
                    position = 0;
                }
                if (length > position) {
                    byte[] chunk = new byte[(int) (length - position)];
                    file.seek(position);
                    file.readFully(chunk);
                    out.print(new String(chunk, StandardCharsets.UTF_8));
                    out.flush();
                    position = length;
                }
                ProcessComponent.pause();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log + ": " + e.getMessage(), e);
        }
    }

    /** The stack as configured by flags and environment; with {@code recorded}, the ports of the last {@code up}. */
    LocalStack stack(boolean withServices, boolean recorded) {
        Path state = root.resolve(".remedy");
        Properties ports = new Properties();
        Path portsFile = state.resolve("ports.properties");
        if (recorded && Files.isRegularFile(portsFile)) {
            try (var in = Files.newBufferedReader(portsFile)) {
                ports.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + portsFile, e);
            }
        }
        LocalStack.Builder builder = LocalStack.builder(state)
                .cacheDir(state.resolve("cache"))
                .postgres(port("pg", "postgres", 15432, ports), "booking", "records", "notification")
                .databaseCredentials("remedy", setting("db-password", "REMEDY_DB_PASSWORD", "remedy"))
                .kafka(port("kafka", "kafka", 19092, ports), port("kafka-controller", "kafka-controller", 19093, ports))
                .keycloak(port("keycloak", "keycloak", 18080, ports),
                        root.resolve(setting("realm", "REMEDY_REALM", "deploy/keycloak/remedy-realm.json")))
                .keycloakAdmin(setting("keycloak-admin", "REMEDY_KEYCLOAK_ADMIN", "admin"),
                        setting("keycloak-admin-password", "REMEDY_KEYCLOAK_ADMIN_PASSWORD", "admin"))
                .mail(port("smtp", "mail", 3025, ports), port("imap", "imap", 3143, ports))
                .sms(port("sms", "sms", 18090, ports), setting("sms-token", "REMEDY_SMS_TOKEN", "local-sms-token"))
                .payments(port("payments", "payments", 18091, ports),
                        setting("payments-token", "REMEDY_PAYMENTS_TOKEN", "local-payments-token"),
                        setting("payments-webhook-secret", "REMEDY_PAYMENTS_WEBHOOK_SECRET",
                                "whsec_bG9jYWwtcGF5bWVudHMtd2ViaG9vay1zZWNyZXQ="))
                .repository(root);
        if (withServices) {
            builder.replicas(replicas(ports));
            for (PlatformService service : PlatformService.values()) {
                String flag = service.module().replace("-service", "");
                builder.service(service, port(flag, service.module(), service.defaultPort(), ports));
            }
        }
        return builder.build();
    }

    /** Instances of each service: --replicas, then REMEDY_REPLICAS, then what the last up recorded, then 1. */
    private int replicas(Properties recorded) {
        String value = setting("replicas", "REMEDY_REPLICAS", recorded.getProperty("replicas", "1"));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--replicas / REMEDY_REPLICAS is not a number: " + value);
        }
    }

    /** A port: the --NAME-port flag, then REMEDY_NAME_PORT, then the port recorded by the last up, then the default. */
    private int port(String flag, String component, int defaultPort, Properties recorded) {
        String variable = "REMEDY_" + flag.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
        String value = setting(flag + "-port", variable, recorded.getProperty(component + ".port", String.valueOf(defaultPort)));
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + flag + "-port / " + variable + " is not a port: " + value);
        }
    }

    private String setting(String flag, String variable, String defaultValue) {
        String value = options.get(flag);
        if (value == null) {
            value = environment.get(variable);
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
