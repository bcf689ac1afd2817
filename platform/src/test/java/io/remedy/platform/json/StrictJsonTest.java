package io.remedy.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.remedy.platform.problem.JsonProblems;
import io.remedy.platform.problem.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    enum Kind { MASSAGE, ASSESSMENT }

    record Note(String text) {
    }

    record Request(String name, Instant startsAt, LocalDate bornOn, LocalTime opensAt, Kind kind, Integer minutes,
                   int hours, Double price, Boolean active, List<String> tags, Map<String, String> labels,
                   List<Note> notes) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder().addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        new StrictJson(new JsonConfig() {
            @Override
            public int earliestYear() {
                return 1900;
            }

            @Override
            public int latestYear() {
                return 2100;
            }
        }).customize(mapper);
        return mapper;
    }

    private Problem problemOf(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue(body, Request.class), body);
        return JsonProblems.of(e);
    }

    private void refusedNaming(String field, String body) {
        Problem problem = problemOf(body);
        assertEquals(400, problem.status());
        assertTrue(problem.errors() != null && !problem.errors().isEmpty(), "no field named for " + body);
        assertEquals(field, problem.errors().get(0).field(), body);
    }

    @Test
    void readsAWellFormedRequest() throws Exception {
        Request request = json.readValue("""
                {"name":"Ana\\tMaría 😀","startsAt":"2026-05-01T10:00:00Z","bornOn":"1980-02-29","opensAt":"09:00",
                 "kind":"MASSAGE","minutes":60,"hours":24,"price":55.5,"active":true,"tags":["a"],
                 "labels":{"k":"v"},"notes":[{"text":"line one\\nline two"}]}""", Request.class);
        assertEquals(60, request.minutes());
        assertEquals(55.5, request.price());
        assertEquals("Ana\tMaría 😀", request.name());
    }

    @Test
    void refusesANulByteNamingTheField() {
        refusedNaming("name", "{\"name\":\"Ana\\u0000\"}");
        refusedNaming("tags[0]", "{\"tags\":[\"x\\u0000\"]}");
        refusedNaming("labels.k", "{\"labels\":{\"k\":\"\\u0000\"}}");
        refusedNaming("notes[0].text", "{\"notes\":[{\"text\":\"a\\u0000b\"}]}");
        assertEquals("contains a control character (U+0000)", problemOf("{\"name\":\"\\u0000\"}").errors().get(0).message());
    }

    @Test
    void refusesOtherControlCharactersAndLoneSurrogates() {
        refusedNaming("name", "{\"name\":\"bell\\u0007\"}");
        refusedNaming("name", "{\"name\":\"half \\ud83d\"}");
        refusedNaming("name", "{\"name\":\"\\ude00 low first\"}");
    }

    @Test
    void refusesTrailingTokensAndConcatenatedDocuments() {
        assertEquals(400, problemOf("{\"name\":\"a\"} x").status());
        assertEquals(400, problemOf("{\"name\":\"a\"}{\"name\":\"b\"}").status());
    }

    @Test
    void refusesDuplicateKeysNamingTheKey() {
        refusedNaming("name", "{\"name\":\"a\",\"name\":\"b\"}");
    }

    @Test
    void refusesCoercionBetweenScalarKinds() {
        refusedNaming("minutes", "{\"minutes\":1.5}");
        refusedNaming("hours", "{\"hours\":1.5}");
        refusedNaming("minutes", "{\"minutes\":\"12\"}");
        refusedNaming("price", "{\"price\":\"12.5\"}");
        refusedNaming("active", "{\"active\":\"true\"}");
        refusedNaming("active", "{\"active\":1}");
        refusedNaming("name", "{\"name\":12}");
        refusedNaming("kind", "{\"kind\":0}");
    }

    @Test
    void refusesNumbersAndArraysAsDates() {
        refusedNaming("startsAt", "{\"startsAt\":1714557600}");
        refusedNaming("bornOn", "{\"bornOn\":19000}");
        refusedNaming("bornOn", "{\"bornOn\":[1980,2,29]}");
        refusedNaming("opensAt", "{\"opensAt\":32400}");
    }

    @Test
    void refusesDatesOutsideTheSaneWindow() {
        refusedNaming("bornOn", "{\"bornOn\":\"0001-01-01\"}");
        refusedNaming("bornOn", "{\"bornOn\":\"-0001-01-01\"}");
        refusedNaming("bornOn", "{\"bornOn\":\"+10000-01-01\"}");
        refusedNaming("startsAt", "{\"startsAt\":\"+10000-01-01T00:00:00Z\"}");
        refusedNaming("startsAt", "{\"startsAt\":\"1899-12-31T23:59:59Z\"}");
        assertEquals("must lie in the years 1900 to 2100",
                problemOf("{\"bornOn\":\"2101-01-01\"}").errors().get(0).message());
    }
}
