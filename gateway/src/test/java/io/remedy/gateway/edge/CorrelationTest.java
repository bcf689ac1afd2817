package io.remedy.gateway.edge;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void answersTheTraceparentOfTheGatewaysSpan() {
        SpanContext sampled = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getSampled(), TraceState.getDefault());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", Correlation.traceparent(sampled));
        SpanContext unsampled = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7",
                TraceFlags.getDefault(), TraceState.getDefault());
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", Correlation.traceparent(unsampled));
        assertNull(Correlation.traceparent(SpanContext.getInvalid()));
    }
}
