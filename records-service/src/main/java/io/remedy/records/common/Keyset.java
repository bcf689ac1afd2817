package io.remedy.records.common;

import io.remedy.platform.paging.Cursor;

import java.util.Map;

/** The HQL condition that continues a list after (or, newest first, before) a {@link Cursor.Keyset}. */
public final class Keyset {

    private Keyset() {
    }

    /** {@code " and (<column> > :at or (<column> = :at and id > :id))"}, or nothing without a cursor. */
    public static String after(String column, Cursor.Keyset cursor, Map<String, Object> params) {
        return condition(column, cursor, params, ">");
    }

    /** {@code " and (<column> < :at or (<column> = :at and id < :id))"}, or nothing without a cursor. */
    public static String before(String column, Cursor.Keyset cursor, Map<String, Object> params) {
        return condition(column, cursor, params, "<");
    }

    private static String condition(String column, Cursor.Keyset cursor, Map<String, Object> params, String op) {
        if (cursor == null) {
            return "";
        }
        params.put("cursorAt", cursor.at());
        params.put("cursorId", cursor.id());
        return " and (" + column + " " + op + " :cursorAt or (" + column + " = :cursorAt and id " + op + " :cursorId))";
    }
}
