package io.remedy.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --replicas N}: each service N times, on its port plus 100 each, all of them known to the gateway. */
class LocalStackReplicasTest {

    private static StackBuilder stack(Path state) {
        Path root = LocalStack.findRepositoryRoot(Path.of(""));
        return LocalStack.builder(state.resolve("state"))
                .cacheDir(state.resolve("cache"))
                .postgres(15432)
                .kafka(19092, 19093)
                .keycloak(18080, root.resolve("deploy/keycloak/remedy-realm.json"))
                .mail(3025, 3143)
                .sms(18090, "token")
                .payments(18091, "token", "whsec_dGVzdA==")
                .repository(root)
                .allServices();
    }

    @Test
    void everyServiceRunsTwiceOnItsPortAndOneStepOnAndTheGatewayListsBoth(@TempDir Path state) {
        LocalStack stack = stack(state).replicas(2).build();

        List<QuarkusService> booking = stack.replicas(PlatformService.BOOKING);
        assertEquals(List.of("booking-service", "booking-service-2"), booking.stream().map(QuarkusService::name).toList());
        assertEquals(List.of(8081, 8181), booking.stream().map(QuarkusService::port).toList());
        assertEquals(List.of(9081, 9181), booking.stream().map(QuarkusService::managementPort).toList());
        assertEquals("8181", booking.get(1).environment().get("QUARKUS_HTTP_PORT"));
        assertEquals(List.of(8084, 8184), stack.replicas(PlatformService.BILLING).stream().map(QuarkusService::port)
                .toList());
        assertEquals(1, stack.replicas(PlatformService.GATEWAY).size(), "one gateway");
        assertEquals(1, stack.replicas(PlatformService.CONSOLE).size(), "one console");

        var gateway = stack.service(PlatformService.GATEWAY).environment();
        assertEquals("127.0.0.1:8081,127.0.0.1:8181", gateway.get("REMEDY_GATEWAY_DISCOVERY_INSTANCES_BOOKING"));
        assertEquals("127.0.0.1:8082,127.0.0.1:8182", gateway.get("REMEDY_GATEWAY_DISCOVERY_INSTANCES_RECORDS"));
        assertEquals("127.0.0.1:8083,127.0.0.1:8183", gateway.get("REMEDY_GATEWAY_DISCOVERY_INSTANCES_NOTIFICATION"));
        assertEquals("127.0.0.1:8084,127.0.0.1:8184", gateway.get("REMEDY_GATEWAY_DISCOVERY_INSTANCES_BILLING"));
    }

    @Test
    void oneInstanceEachByDefault(@TempDir Path state) {
        LocalStack stack = stack(state).build();

        assertEquals(1, stack.replicas(PlatformService.BOOKING).size());
        assertFalse(stack.service(PlatformService.GATEWAY).environment().keySet().stream()
                .anyMatch(name -> name.startsWith("REMEDY_GATEWAY_DISCOVERY_")));
    }
}
