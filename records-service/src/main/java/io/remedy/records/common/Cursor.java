package io.remedy.records.common;

import io.remedy.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page ended: the sort instant and id of its last row (keyset paging, stable while rows are added).
 * Opaque to clients: URL-safe Base64 of {@code <instant>|<id>}.
 */
public record Cursor(Instant at, UUID id) {

    /** The opaque text a client passes back as {@code cursor}. */
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent; null when none was; 400 naming {@code cursor} when it is not one of ours. */
    public static Cursor decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw ProblemException.validation("cursor", "is not a cursor this list gave");
            }
            return new Cursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.validation("cursor", "is not a cursor this list gave");
        }
    }
}
