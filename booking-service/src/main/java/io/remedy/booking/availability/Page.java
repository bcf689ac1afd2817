package io.remedy.booking.availability;

import io.remedy.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the opaque cursor of the next ({@code null} on the last page). Cursors are keyset positions
 * (the sort key of the last item), so a page never repeats or skips rows when rows are added meanwhile.
 */
@Schema(description = "One page of a list; pass nextCursor as cursor to read the next page")
public record Page<T>(List<T> items,
                      @Schema(description = "Opaque cursor of the next page; null on the last page") String nextCursor) {

    /** Default and largest page sizes of the lists. */
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /**
     * A page from up to {@code limit + 1} rows read in order: the extra row only tells that there is a next page,
     * whose cursor is the key of the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String[]> key) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        List<T> items = new ArrayList<>(shown.size());
        for (R row : shown) {
            items.add(view.apply(row));
        }
        return new Page<>(items, more ? encode(key.apply(shown.get(shown.size() - 1))) : null);
    }

    /** The page size asked for: {@code limit} in 1..max, default when absent; else a 400 naming {@code limit}. */
    public static int limit(String raw, int defaultLimit, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.validation("limit", "must be a whole number from 1 to " + max);
    }

    /** An opaque cursor from the parts of a sort key. */
    public static String encode(String... parts) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        StringBuilder cursor = new StringBuilder();
        for (String part : parts) {
            if (!cursor.isEmpty()) {
                cursor.append('.');
            }
            cursor.append(base64.encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        return cursor.toString();
    }

    /**
     * The parts of a sort key from a cursor of this list, or null without one.
     *
     * @throws ProblemException 400 naming {@code cursor} if it is not a cursor of this list
     */
    public static String[] decode(String cursor, int parts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        String[] encoded = cursor.split("\\.", -1);
        if (encoded.length != parts) {
            throw badCursor();
        }
        String[] decoded = new String[parts];
        try {
            for (int i = 0; i < parts; i++) {
                decoded[i] = new String(Base64.getUrlDecoder().decode(encoded[i]), StandardCharsets.UTF_8);
            }
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
        return decoded;
    }

    /** 400 naming {@code cursor}: for a cursor whose parts do not parse. */
    public static ProblemException badCursor() {
        return ProblemException.validation("cursor", "is not a cursor of this list; use nextCursor of the previous page");
    }
}
