package io.remedy.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void acceptsTheCurrentVersion() {
        assertEquals(3, IfMatch.require("\"3\"", 3));
        assertEquals(3, IfMatch.require("W/\"3\"", 3));
        assertEquals(3, IfMatch.require("\"2\", \"3\"", 3));
    }

    @Test
    void refusesAnOlderVersionAs412() {
        ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.require("\"2\"", 3));
        assertEquals(412, e.problem().status());
        assertEquals(ProblemType.STALE_VERSION.uri(), e.problem().type());
    }

    @Test
    void requiresTheHeaderWith428() {
        ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.require(null, 3));
        assertEquals(428, e.problem().status());
    }
}
