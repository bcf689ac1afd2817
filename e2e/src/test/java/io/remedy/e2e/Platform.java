package io.remedy.e2e;

import io.remedy.local.DemoChainSeed;
import io.remedy.local.LocalStack;
import io.remedy.local.PlatformService;
import io.remedy.local.QuarkusService;
import io.remedy.local.RecordedProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform, started once per test run the way {@code ./remedy up} starts it (PostgreSQL, Kafka, Keycloak
 * with the real realm, GreenMail, the SMS stub, the four services, the demo chain seeded through the API), on free
 * ports so it never collides with a running {@code ./remedy up}, and stopped when the JVM ends.
 */
public final class Platform {

    private static LocalStack stack;

    private Platform() {
    }

    /** The running platform, started on first use. */
    public static synchronized LocalStack stack() {
        if (stack == null) {
            stack = start();
        }
        return stack;
    }

    public static String gatewayUrl() {
        return stack().gatewayUrl();
    }

    /** Kills a service the hard way ({@code kill -9}), as a crash would. */
    public static void crash(PlatformService service) {
        QuarkusService component = stack().service(service);
        component.process().map(RecordedProcess::pid).flatMap(ProcessHandle::of).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        });
    }

    private static LocalStack start() {
        Path root = LocalStack.findRepositoryRoot(Path.of(System.getProperty("remedy.root", ".")).toAbsolutePath());
        Path state = root.resolve("e2e/target/platform");
        try {
            Files.createDirectories(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LocalStack platform = LocalStack.builder(state)
                .cacheDir(root.resolve(".remedy/cache"))
                .ephemeral(true)
                .postgres(0, "booking", "records", "notification")
                .kafka(0, 0)
                .keycloak(0, root.resolve("deploy/keycloak/remedy-realm.json"))
                .mail(0, 0)
                .sms(0, "e2e-sms-token")
                .repository(root)
                .allServices()
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "e2e-platform-stop"));
        platform.start();
        new DemoChainSeed().seed(platform, System.out);
        return platform;
    }
}
