package io.remedy.records.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items and, when more follow, the cursor that fetches the next page.
 *
 * @param items      this page's items
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Schema(name = "Page", description = "One page of a list; nextCursor is null on the last page")
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * A page from rows fetched with {@code limit + 1}: the extra row only tells that another page follows, and the
     * cursor points after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, Cursor> position, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? position.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }
}
