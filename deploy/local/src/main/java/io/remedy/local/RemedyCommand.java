package io.remedy.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final PrintStream out;
    private final Path root;
    private final Map<String, String> options;
    private final StackSettings settings;
    private final UpSummary summary;

    RemedyCommand(PrintStream out, Path root, Map<String, String> options, Map<String, String> environment) {
        this.out = out;
        this.root = root;
        this.options = options;
        this.settings = new StackSettings(root, options, environment);
        this.summary = new UpSummary(out);
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
        LocalStack stack = settings.stack(!stackOnly, false);
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
        stack.startBackingServices(summary::reportReady);
        if (!stackOnly) {
            out.println("Starting the services...");
            stack.startServices(summary::reportReady);
            DemoSeedMarker marker = new DemoSeedMarker(stack.layout());
            if (marker.seededToday()) {
                out.println("Demo data: seeded today already (" + root.relativize(marker.file())
                        + "; delete it to check the demo data again)");
            } else {
                out.println("Seeding demo data...");
                try {
                    new DemoChainSeed().seed(stack, out);
                } catch (Exception e) {
                    throw new IllegalStateException("seeding the demo data failed: " + e.getMessage(), e);
                }
                marker.markToday();
            }
        }
        summary.print(stack, stackOnly);
        return 0;
    }

    private int down() {
        LocalStack stack = settings.stack(true, true);
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
        LocalStack stack = settings.stack(true, true);
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
            throw new IllegalArgumentException("which log? one of " + settings.stack(true, true).components().stream()
                    .map(ProcessComponent::name).toList());
        }
        ProcessComponent component = settings.stack(true, true).component(positional.get(0));
        return new ComponentLog(out, component.logFile()).show(Integer.parseInt(options.getOrDefault("lines", "100")),
                !options.containsKey("no-follow"));
    }
}
