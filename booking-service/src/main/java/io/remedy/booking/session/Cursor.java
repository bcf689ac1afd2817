package io.remedy.booking.session;

import io.remedy.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Opaque page cursors of the diary's lists: the position after the last item of a page, so the next page starts
 * exactly there whatever was added meanwhile (keyset pagination, never offsets). A client only passes them back.
 */
public final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    /** A position in a list ordered by an instant, then an id. */
    public record Keyset(Instant at, UUID id) {
    }

    /** The cursor after an item ordered by {@code (at, id)}. */
    public static String after(Instant at, UUID id) {
        return encode("k:" + at.getEpochSecond() + ":" + at.getNano() + ":" + id);
    }

    /** The cursor after an item ordered by a number (e.g. a queue position). */
    public static String after(long position) {
        return encode("p:" + position);
    }

    /** The keyset a cursor names; null without a cursor; a 400 naming {@code cursor} if it is not one of ours. */
    public static Keyset keyset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = decode(cursor).split(":");
        try {
            if (parts.length == 4 && parts[0].equals("k")) {
                return new Keyset(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                        UUID.fromString(parts[3]));
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw invalid();
        }
        throw invalid();
    }

    /** The number a cursor names; null without a cursor; a 400 naming {@code cursor} if it is not one of ours. */
    public static Long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = decode(cursor).split(":");
        try {
            if (parts.length == 2 && parts[0].equals("p")) {
                return Long.parseLong(parts[1]);
            }
        } catch (NumberFormatException e) {
            throw invalid();
        }
        throw invalid();
    }

    private static String encode(String plain) {
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.validation("cursor", "is not a cursor this list returned");
    }
}
