package io.remedy.gateway.edge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationTest {

    @ParameterizedTest
    @ValueSource(strings = {"front-end-42", "3f0c1a2e-5b6d-4e7f-8091-a2b3c4d5e6f7", "Zm9vYmFy+/=", "a:b.c_d"})
    void keepsAWellFormedRequestId(String id) {
        assertTrue(Correlation.validRequestId(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "new\nline", "<script>", "quote\"d"})
    void replacesAMalformedRequestId(String id) {
        assertFalse(Correlation.validRequestId(id));
    }

    @Test
    void replacesAnOverlongRequestId() {
        assertTrue(Correlation.validRequestId("x".repeat(128)));
        assertFalse(Correlation.validRequestId("x".repeat(129)));
    }

    @Test
    void keepsAW3cTraceparentAndRefusesBrokenOnes() {
        assertTrue(Correlation.validTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        assertFalse(Correlation.validTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"));
        assertFalse(Correlation.validTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"));
        assertFalse(Correlation.validTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"));
        assertFalse(Correlation.validTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        assertFalse(Correlation.validTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7"));
    }

    @Test
    void makesUpValidTraceparents() {
        Correlation correlation = new Correlation();
        for (int i = 0; i < 100; i++) {
            assertTrue(Correlation.validTraceparent(correlation.newTraceparent()));
        }
    }
}
