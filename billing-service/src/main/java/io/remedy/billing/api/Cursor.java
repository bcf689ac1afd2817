package io.remedy.billing.api;

import io.remedy.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Position in a list ordered newest first by (time, id): opaque to clients (URL-safe Base64 of both).
 *
 * @param at the time of the last item read
 * @param id the id of the last item read
 */
public record Cursor(Instant at, UUID id) {

    /** A cursor pointing after an item. */
    public static String after(Instant at, UUID id) {
        String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent; null when none was sent, a 400 naming {@code cursor} when it is not one of ours. */
    public static Cursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", 3);
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeException e) {
            throw ProblemException.validation("cursor", "is not a cursor this list gave out");
        }
    }
}
