package io.remedy.e2e;

import io.remedy.local.DemoChainSeed;
import io.remedy.local.LocalStack;
import io.remedy.local.PlatformService;
import io.remedy.local.QuarkusService;
import io.remedy.local.RecordedProcess;
import io.remedy.local.StackBuilder;
import io.remedy.local.StackLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform, started once per test run the way {@code ./remedy up} starts it (PostgreSQL, Kafka, Keycloak
 * with the real realm, GreenMail, the SMS stub, the four services and the console, the demo chain seeded through the
 * API), on free ports so it never collides with a running {@code ./remedy up}, from empty data every run, and stopped
 * when the JVM ends. With {@code -Dremedy.e2e.replicas=N} (the {@code replicas} test run of this module) every
 * service runs N times, behind the one gateway, under {@code target/platform-replicas}; that run has no console,
 * its services' JVMs compile with C1 only, and it seeds the demo chains without their diary, records and payments.
 */
public final class Platform {

    private static LocalStack stack;
    private static RuntimeException failure;

    private Platform() {
    }

    /** The running platform, started on first use; if it could not start, every later test fails at once. */
    public static synchronized LocalStack stack() {
        if (failure != null) {
            throw new IllegalStateException("the platform did not start", failure);
        }
        if (stack == null) {
            try {
                stack = start();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return stack;
    }

    public static String gatewayUrl() {
        return stack().gatewayUrl();
    }

    /** The console as a browser opens it ({@code http://localhost:<port>}). */
    public static String consoleUrl() {
        return stack().consoleUrl();
    }

    /** Instances of each service this run starts: the system property {@code remedy.e2e.replicas}, else 1. */
    public static int replicas() {
        return Integer.getInteger("remedy.e2e.replicas", 1);
    }

    /** Kills a service the hard way ({@code kill -9}), as a crash would. */
    public static void crash(PlatformService service) {
        crash(stack().service(service));
    }

    /** Kills one instance of a service the hard way ({@code kill -9}): only a pid this platform started. */
    public static void crash(QuarkusService component) {
        component.process().map(RecordedProcess::pid).flatMap(ProcessHandle::of).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    private static LocalStack start() {
        Path root = LocalStack.findRepositoryRoot(Path.of(System.getProperty("remedy.root", ".")).toAbsolutePath());
        Path state = root.resolve(replicas() > 1 ? "e2e/target/platform-replicas" : "e2e/target/platform");
        try {
            Files.createDirectories(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean replicated = replicas() > 1;
        StackBuilder builder = LocalStack.builder(state)
                .cacheDir(root.resolve(".remedy/cache"))
                .ephemeral(true)
                .postgres(0, "booking", "records", "notification", "billing")
                .kafka(0, 0)
                .keycloak(0, root.resolve("deploy/keycloak/remedy-realm.json"))
                .mail(0, 0)
                .sms(0, "e2e-sms-token")
                .payments(0, "e2e-payments-token", "whsec_ZTJlLXBheW1lbnRzLXdlYmhvb2stc2VjcmV0")
                .repository(root)
                .replicas(replicas())
                .service(PlatformService.BOOKING, 0)
                .service(PlatformService.RECORDS, 0)
                .service(PlatformService.NOTIFICATION, 0)
                .service(PlatformService.BILLING, 0)
                .service(PlatformService.GATEWAY, 0);
        if (!replicated) {
            // the replica run has no browser test: one JVM less to start on a small machine
            builder.service(PlatformService.CONSOLE, 0);
        } else {
            // nine service JVMs that live a few minutes, four of them started twice, on a 2-core machine: the C1
            // compiler alone (as Kafka and GreenMail run here) leaves the CPU that C2's compiler threads take (more
            // than the services' own event loops in a profile of this machine) to starting and serving
            builder.serviceJvmOptions("-XX:TieredStopAtLevel=1");
        }
        LocalStack platform = builder.build();
        // every run starts from nothing, as on a fresh clone: what an interrupted run left is stopped and its data goes
        platform.stop();
        StackLayout.deleteRecursively(state.resolve("data"));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "e2e-platform-stop"));
        platform.start();
        if (replicated) {
            // the replica run books ahead of any demo diary and reads nothing of it: the chains suffice, and the
            // consumers start without a month of history to work off
            new DemoChainSeed().seedChains(platform, System.out);
        } else {
            new DemoChainSeed().seed(platform, System.out);
        }
        return platform;
    }
}
