package io.remedy.platform.caller;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.remedy.platform.problem.ProblemException;
import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final Caller receptionist = Caller.of("u-1", "harbour", List.of("norwich"), Caller.RECEPTIONIST);
    private final Caller admin = Caller.of("u-2", "harbour", List.of("*"), Caller.CHAIN_ADMIN);
    private final Caller client = Caller.of("u-3", "harbour", List.of(), Caller.CLIENT);

    @Test
    void actsOnlyAtItsOwnLocations() {
        assertTrue(receptionist.mayActAt("norwich"));
        assertFalse(receptionist.mayActAt("jupiter"));
        assertFalse(receptionist.mayActAt(null));
        ProblemException e = assertThrows(ProblemException.class, () -> receptionist.requireLocation("jupiter"));
        assertEquals(403, e.problem().status());
    }

    @Test
    void starMeansEveryLocation() {
        assertTrue(admin.mayActAt("jupiter"));
        assertTrue(admin.actsAtAllLocations());
    }

    @Test
    void knowsClientsFromStaff() {
        assertTrue(client.isClient());
        assertFalse(client.isStaff());
        assertTrue(receptionist.isStaff());
        assertDoesNotThrow(() -> client.requireSelfOrStaff("u-3"));
        assertThrows(ProblemException.class, () -> client.requireSelfOrStaff("u-9"));
        assertDoesNotThrow(() -> receptionist.requireSelfOrStaff("u-9"));
    }

    @Test
    void checksRoles() {
        assertTrue(admin.hasRole(Caller.CHAIN_ADMIN));
        assertTrue(receptionist.hasAnyRole(Caller.BRANCH_MANAGER, Caller.RECEPTIONIST));
        assertThrows(ProblemException.class, () -> client.requireRole(Caller.RECEPTIONIST));
    }

    @Test
    void refusesAnotherTenantsResource() {
        assertDoesNotThrow(() -> admin.requireTenant("harbour"));
        assertEquals(403, assertThrows(ProblemException.class, () -> admin.requireTenant("summit")).problem().status());
    }

    @Test
    void refusesATokenWithoutTenantWith403() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Caller.of("u-1", null, List.of(), Caller.CLIENT));
        assertEquals(403, e.problem().status());
    }

    @Test
    void readsClaimsInEveryShapeATokenLibraryGives() {
        assertEquals(List.of("norwich", "jupiter"), CallerProducer.texts(Json.createArrayBuilder()
                .add("norwich").add("jupiter").build()));
        assertEquals(List.of("norwich"), CallerProducer.texts(Set.of("norwich")));
        assertEquals(List.of("norwich"), CallerProducer.texts("norwich"));
        assertEquals(List.of(), CallerProducer.texts(null));
        assertEquals("harbour", CallerProducer.text(Json.createValue("harbour")));
        assertEquals(null, CallerProducer.text(Json.createArrayBuilder().add("a").build()));
    }
}
