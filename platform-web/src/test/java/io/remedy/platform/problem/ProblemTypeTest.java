package io.remedy.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void typeUrisAreStableAndUnique() {
        assertEquals("https://remedy.io/problems/validation", ProblemType.VALIDATION.uri().toString());
        assertEquals(ProblemType.values().length,
                Arrays.stream(ProblemType.values()).map(ProblemType::uri).collect(Collectors.toSet()).size());
    }

    @Test
    void classifiesFrameworkStatuses() {
        assertEquals(ProblemType.NOT_FOUND, ProblemType.forStatus(404));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.forStatus(405));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.forStatus(415));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.forStatus(413));
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.forStatus(400));
        assertEquals(ProblemType.UNPROCESSABLE, ProblemType.forStatus(422));
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.forStatus(418));
        assertEquals(ProblemType.SERVER_ERROR, ProblemType.forStatus(502));
    }
}
