package io.remedy.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHashTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ignoresTheOrderOfFields() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("therapistId", "t-1");
        a.put("slot", Map.of("from", "10:00", "to", "11:00"));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("slot", new LinkedHashMap<>(Map.of("to", "11:00", "from", "10:00")));
        b.put("therapistId", "t-1");
        assertEquals(RequestHash.of(json, a), RequestHash.of(json, b));
    }

    @Test
    void changesWithAnyValueOrArrayOrder() {
        assertNotEquals(RequestHash.of(json, Map.of("a", 1)), RequestHash.of(json, Map.of("a", 2)));
        assertNotEquals(RequestHash.of(json, List.of(1, 2)), RequestHash.of(json, List.of(2, 1)));
        assertEquals(64, RequestHash.of(json, null).length());
    }
}
