package io.remedy.platform.database;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SqlFileTest {

    @Test
    void readsTheStatementBesideTheClassWithoutTrailingBlankLines() {
        assertEquals("SELECT count(*) FROM appointment\nWHERE tenant = :tenant\n  /*filter*/",
                SqlFile.read(SqlFileTest.class, "counted.sql"));
    }

    @Test
    void aMissingFileFailsAtOnce() {
        assertThrows(IllegalStateException.class, () -> SqlFile.read(SqlFileTest.class, "absent.sql"));
    }

    @Test
    void fillsTheSlotWithThePartOrWithNothing() {
        String sql = SqlFile.read(SqlFileTest.class, "counted.sql");
        assertEquals("SELECT count(*) FROM appointment\nWHERE tenant = :tenant\n  AND room = :room",
                SqlFile.fill(sql, "filter", "AND room = :room"));
        assertEquals("SELECT count(*) FROM appointment\nWHERE tenant = :tenant\n  ",
                SqlFile.fill(sql, "filter", ""));
    }

    @Test
    void aStatementWithoutTheSlotIsRefusedRatherThanRunWithoutThePart() {
        assertThrows(IllegalArgumentException.class,
                () -> SqlFile.fill("SELECT 1 /*filter*/ /*filter*/", "filter", "AND true"));
        assertThrows(IllegalArgumentException.class, () -> SqlFile.fill("SELECT 1", "filter", "AND true"));
    }
}
