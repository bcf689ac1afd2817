package io.remedy.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the one shape of every list of the public API: {@code {"items": [...], "nextCursor": "..."}},
 * where {@code nextCursor} is {@code null} on the last page. A client passes {@code nextCursor} back as
 * {@code cursor} to read the next page (keyset paging: a page never repeats or skips items added meanwhile).
 *
 * @param items      this page's items, in the list's order
 * @param nextCursor the {@code cursor} of the next page; null on the last page
 */
@Schema(description = "One page of a list; pass nextCursor as cursor to read the next page")
public record Page<T>(
        @Schema(required = true, description = "This page's items, in the list's order") List<T> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor of the next page (pass it as cursor); null on the last page")
        String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /** A list read whole: its only page. */
    public static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, null);
    }

    /**
     * A page of up to {@code limit} items from a query that asked for {@code limit + 1}: the extra one only tells that
     * a next page exists, whose cursor is {@code cursorOf} the last item shown.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        return of(fetched, limit, Function.identity(), cursorOf);
    }

    /** As {@link #of(List, int, Function)} for rows shown through {@code view}; the cursor is taken from the row. */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, T> view, Function<R, String> cursorOf) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        List<T> items = new ArrayList<>(shown.size());
        for (R row : shown) {
            items.add(view.apply(row));
        }
        return new Page<>(items, more ? cursorOf.apply(shown.get(shown.size() - 1)) : null);
    }

    /** The first {@code limit} of rows fetched with {@code limit + 1} (for a view built from them in one go). */
    public static <R> List<R> shown(List<R> rows, int limit) {
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /** The cursor after the last row shown when rows fetched with {@code limit + 1} hold more; else null. */
    public static <R> String next(List<R> rows, int limit, Function<R, String> cursorOf) {
        return rows.size() > limit ? cursorOf.apply(rows.get(limit - 1)) : null;
    }
}
