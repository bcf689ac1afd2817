package io.remedy.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.remedy.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteClassesTest {

    private static GatewayConfig.RouteClass routeClass(List<String> prefixes, Duration timeout, Long maxBody) {
        return new GatewayConfig.RouteClass() {
            @Override
            public Optional<List<String>> prefixes() {
                return Optional.ofNullable(prefixes);
            }

            @Override
            public Optional<Duration> timeout() {
                return Optional.ofNullable(timeout);
            }

            @Override
            public Optional<MemorySize> maxBodySize() {
                return Optional.ofNullable(maxBody).map(size -> new MemorySize(BigInteger.valueOf(size)));
            }
        };
    }

    private final RouteClasses classes = new RouteClasses(Map.of(
            "default", routeClass(null, Duration.ofSeconds(10), 1000L),
            "records", routeClass(List.of("/api/v1/records"), null, 5000L),
            "reports", routeClass(List.of("/api/v1/records/reports", "/api/v1/reports"), Duration.ofSeconds(30), 0L)));

    @Test
    void appliesTheDefaultClassToPathsNoOtherClaims() {
        assertEquals(new RouteClasses.Limits("default", Duration.ofSeconds(10), 1000), classes.of("/api/v1/sessions"));
    }

    @Test
    void takesWhatAClassLeavesUnsetFromTheDefault() {
        assertEquals(new RouteClasses.Limits("records", Duration.ofSeconds(10), 5000),
                classes.of("/api/v1/records/clients/1/intake"));
    }

    @Test
    void letsTheLongestPrefixWin() {
        assertEquals("reports", classes.of("/api/v1/records/reports").routeClass());
        assertEquals("reports", classes.of("/api/v1/reports/booking").routeClass());
        assertEquals("records", classes.of("/api/v1/records/reportsx").routeClass());
    }

    @Test
    void needsADefaultClassWithEverythingSet() {
        assertThrows(IllegalStateException.class, () -> new RouteClasses(Map.of(
                "default", routeClass(null, Duration.ofSeconds(1), null))));
    }
}
