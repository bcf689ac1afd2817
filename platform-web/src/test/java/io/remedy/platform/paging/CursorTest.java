package io.remedy.platform.paging;

import io.remedy.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CursorTest {

    @Test
    void aKeysetCursorReadsBackItsPosition() {
        Instant at = Instant.parse("2026-12-01T10:15:30.123456Z");
        UUID id = UUID.randomUUID();
        assertEquals(new Cursor.Keyset(at, id), Cursor.keyset(Cursor.after(at, id)));
    }

    @Test
    void aNamedCursorReadsBackItsPosition() {
        UUID id = UUID.randomUUID();
        Cursor.Named position = new Cursor.Named("Room A. Upstairs", id);
        assertEquals(position, Cursor.named(position.encode()));
    }

    @Test
    void aNamedCursorRefusesAnotherListsCursor() {
        for (String bad : new String[] {"Zm9v", Cursor.after(7L), Cursor.of("norwich", "not-an-id")}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.named(bad));
            assertEquals("cursor", refused.problem().errors().get(0).field());
        }
    }

    @Test
    void aPositionCursorReadsBackItsNumber() {
        assertEquals(42L, Cursor.position(Cursor.after(42L)));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.keyset(null));
        assertNull(Cursor.position(""));
    }

    @Test
    void aForeignCursorIsA400NamingTheCursor() {
        for (String bad : new String[] {"not base64 !", "Zm9v", Cursor.after(7L)}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> Cursor.keyset(bad));
            assertEquals(400, refused.problem().status());
            assertEquals("cursor", refused.problem().errors().get(0).field());
        }
        assertThrows(ProblemException.class, () -> Cursor.position(Cursor.after(Instant.EPOCH, UUID.randomUUID())));
    }
}
