package io.remedy.billing.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items and the cursor of the next page, null on the last one.
 *
 * @param items      the items of this page
 * @param nextCursor pass as {@code cursor} to read the next page; null when there is none
 */
public record Page<T>(List<T> items,
                      @Schema(description = "Pass as cursor to read the next page; null on the last page") String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /** A page of {@code limit} items from a query that asked for {@code limit + 1}: the extra one proves a next page. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }
}
