package io.remedy.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    enum Kind { MASSAGE, ASSESSMENT }

    record Line(Kind kind, Integer minutes) {
    }

    record Request(Instant startsAt, Kind kind, Integer minutes, List<Line> lines) {
    }

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Problem problemOf(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> json.readValue(body, Request.class));
        return JsonProblems.of(e);
    }

    @Test
    void namesTheFieldOfAWrongType() {
        Problem problem = problemOf("{\"minutes\":\"sixty\"}");
        assertEquals(400, problem.status());
        assertEquals(ProblemType.MALFORMED_REQUEST.uri(), problem.type());
        assertEquals("minutes", problem.errors().get(0).field());
    }

    @Test
    void namesTheFieldAndTheAllowedValuesOfAnUnknownEnum() {
        Problem problem = problemOf("{\"kind\":\"SAUNA\"}");
        assertEquals("kind", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("MASSAGE, ASSESSMENT"), problem.toString());
    }

    @Test
    void namesTheFieldOfAnUnparsableInstant() {
        Problem problem = problemOf("{\"startsAt\":\"tomorrow at ten\"}");
        assertEquals("startsAt", problem.errors().get(0).field());
        assertTrue(problem.errors().get(0).message().contains("ISO-8601"), problem.toString());
    }

    @Test
    void namesNestedFieldsWithTheirIndex() {
        Problem problem = problemOf("{\"lines\":[{\"kind\":\"MASSAGE\"},{\"kind\":\"NOPE\"}]}");
        assertEquals("lines[1].kind", problem.errors().get(0).field());
    }

    @Test
    void namesAnUnknownField() {
        Problem problem = problemOf("{\"colour\":\"blue\"}");
        assertEquals("colour", problem.errors().get(0).field());
        assertEquals("unknown field", problem.errors().get(0).message());
    }

    @Test
    void givesThePositionOfBrokenSyntax() {
        Problem problem = problemOf("{\"minutes\": 5,,}");
        assertTrue(problem.detail().contains("line 1, column"), problem.detail());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void neverEchoesJavaClassNames() {
        Problem problem = problemOf("{\"lines\":{}}");
        assertTrue(!problem.detail().contains("java."), problem.detail());
        assertEquals("lines", problem.errors().get(0).field());
    }
}
