package io.remedy.local;

import java.io.PrintStream;

/**
 * Fills a freshly started platform with demo data. Seeding goes through the services' HTTP APIs with tokens from
 * Keycloak, never through SQL, and must be idempotent: {@code ./remedy up} runs it on every call.
 */
@FunctionalInterface
public interface DemoSeed {

    /** Seeds nothing. */
    DemoSeed NONE = (stack, out) -> { };

    void seed(LocalStack stack, PrintStream out) throws Exception;
}
