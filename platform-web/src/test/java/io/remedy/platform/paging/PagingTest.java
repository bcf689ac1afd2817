package io.remedy.platform.paging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

class PagingTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:30:00.123456Z");
    private static final UUID ID = UUID.fromString("0b6f3f5e-8a43-4c1e-9a53-2f1b7f0d4a11");

    @Test
    void aKeysetCursorNamesThePositionItWasMadeFrom() {
        Cursor.Keyset keyset = Cursor.keyset(Cursor.after(AT, ID));
        assertEquals(AT, keyset.at());
        assertEquals(ID, keyset.id());
        assertEquals(7L, Cursor.position(Cursor.after(7L)));
        assertArrayEquals(new String[] {"a.b", "Zoë", ""}, Cursor.parts(Cursor.of("a.b", "Zoë", ""), 3));
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertNull(Cursor.keyset(null));
        assertNull(Cursor.keyset(" "));
        assertNull(Cursor.position(""));
        assertNull(Cursor.parts(null, 3));
    }

    @Test
    void refusesACursorItDidNotGiveAs400NamingCursor() {
        String good = Cursor.after(AT, ID);
        for (String bad : List.of("not a cursor", "%%%", good + "x", good.substring(0, good.length() - 4),
                good + "." + good, Cursor.of("yesterday", ID.toString()), Cursor.of(AT.toString(), "ana"),
                Cursor.of(AT.toString(), ID.toString().toUpperCase()), Cursor.after(7L))) {
            badCursor(() -> Cursor.keyset(bad));
        }
        badCursor(() -> Cursor.position(Cursor.of("seven")));
        badCursor(() -> Cursor.position(good));
        badCursor(() -> Cursor.parts(good, 3));
    }

    @Test
    void aLimitIsAWholeNumberWithinItsBounds() {
        assertEquals(Limit.DEFAULT, Limit.of(null));
        assertEquals(Limit.DEFAULT, Limit.of(""));
        assertEquals(1, Limit.of("1"));
        assertEquals(Limit.MAX, Limit.of(" 200 "));
        assertEquals(100, Limit.of(null, 100, 500));
        assertEquals(500, Limit.of("500", 100, 500));
        for (String bad : List.of("0", "-1", "201", "ten", "1.5", "99999999999999999999")) {
            ProblemException e = assertThrows(ProblemException.class, () -> Limit.of(bad));
            assertEquals(400, e.problem().status());
            assertEquals("limit", e.problem().errors().get(0).field());
        }
        assertThrows(ProblemException.class, () -> Limit.of("501", 100, 500));
    }

    @Test
    void theLastPageHasNoNextCursor() {
        List<Integer> rows = List.of(1, 2, 3);
        Page<String> last = Page.of(rows, 3, String::valueOf, row -> Cursor.after(row));
        assertEquals(List.of("1", "2", "3"), last.items());
        assertNull(last.nextCursor());

        Page<Integer> first = Page.of(rows, 2, row -> Cursor.after(row));
        assertEquals(List.of(1, 2), first.items());
        assertNotNull(first.nextCursor());
        assertEquals(2L, Cursor.position(first.nextCursor()));

        assertNull(Page.whole(List.of("a")).nextCursor());
        assertEquals(List.of(), Page.of(List.<Integer>of(), 5, row -> Cursor.after(row)).items());
    }

    private static void badCursor(Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call, "no 400 for a bad cursor");
        assertEquals(400, e.problem().status());
        assertEquals("cursor", e.problem().errors().get(0).field());
    }
}
