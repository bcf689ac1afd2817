package io.remedy.platform.paging;

import io.remedy.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque {@code cursor} of a list: the sort key of the last item of a page, so the next page starts right after
 * it whatever was added meanwhile (keyset paging, never offsets). A cursor is its key's parts, each URL-safe Base64,
 * joined by dots; a client only passes it back. Whatever a client makes of it instead (cut, edited, another list's
 * cursor, random text) is a 400 naming {@code cursor}, never a 5xx and never another list's rows.
 */
public final class Cursor {

    /** The query parameter. */
    public static final String PARAMETER = "cursor";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    /** A position in a list ordered by an instant, then an id (either direction). */
    public record Keyset(Instant at, UUID id) {

        /** This position as a cursor. */
        public String encode() {
            return after(at, id);
        }
    }

    /**
     * A position in a list ordered by a name (a location's code, a room's or a service's name), then an id: the
     * order of a chain's reference lists, where names may repeat (two therapists of one name).
     */
    public record Named(String name, UUID id) {

        /** This position as a cursor. */
        public String encode() {
            return of(name, id.toString());
        }
    }

    /** The cursor of the parts of a sort key. */
    public static String of(String... parts) {
        StringBuilder cursor = new StringBuilder();
        for (String part : parts) {
            if (!cursor.isEmpty()) {
                cursor.append('.');
            }
            cursor.append(ENCODER.encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        return cursor.toString();
    }

    /**
     * The {@code count} parts of the sort key a cursor names; null without a cursor.
     *
     * @throws ProblemException 400 naming {@code cursor} when it is not a cursor with that many parts
     */
    public static String[] parts(String cursor, int count) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] encoded = cursor.trim().split("\\.", -1);
        if (encoded.length != count) {
            throw invalid();
        }
        String[] parts = new String[count];
        try {
            for (int i = 0; i < count; i++) {
                parts[i] = new String(DECODER.decode(encoded[i]), StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        return parts;
    }

    /** The cursor after an item ordered by {@code (at, id)}. */
    public static String after(Instant at, UUID id) {
        return of(at.toString(), id.toString());
    }

    /** The position a keyset cursor names; null without a cursor; a 400 naming {@code cursor} otherwise. */
    public static Keyset keyset(String cursor) {
        String[] parts = parts(cursor, 2);
        if (parts == null) {
            return null;
        }
        try {
            return new Keyset(Instant.parse(parts[0]), uuid(parts[1]));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The position a named cursor names; null without a cursor; a 400 naming {@code cursor} otherwise. */
    public static Named named(String cursor) {
        String[] parts = parts(cursor, 2);
        if (parts == null) {
            return null;
        }
        try {
            return new Named(parts[0], uuid(parts[1]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The cursor after an item ordered by a number (a queue position, a sequence). */
    public static String after(long position) {
        return of(Long.toString(position));
    }

    /** The number a position cursor names; null without a cursor; a 400 naming {@code cursor} otherwise. */
    public static Long position(String cursor) {
        String[] parts = parts(cursor, 1);
        if (parts == null) {
            return null;
        }
        try {
            return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** An id from a part of a cursor, only in its canonical form (so one position has one cursor). */
    public static UUID uuid(String part) {
        UUID id = UUID.fromString(part);
        if (!id.toString().equals(part)) {
            throw new IllegalArgumentException("not a canonical id");
        }
        return id;
    }

    /** 400 naming {@code cursor}: for a cursor whose parts do not parse as this list's sort key. */
    public static ProblemException invalid() {
        return ProblemException.validation(PARAMETER, "is not a cursor of this list; pass nextCursor of the previous page");
    }
}
