package io.remedy.console.api;

import io.smallrye.mutiny.Uni;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a list of the public API whole, following {@code nextCursor} page by page: for the chain's reference lists
 * (locations, rooms, services, therapists, kinds of message), which a screen shows whole. Asked for the largest page
 * the API gives them, a real chain's list comes in one call.
 */
public final class Pages {

    /** Items per page asked of a reference list: its maximum. */
    public static final int REFERENCE_LIMIT = 500;

    /** One page of a list, as every list of the API answers: its items, and the cursor of the next page or null. */
    public interface Page<T> {

        List<T> items();

        String nextCursor();
    }

    private Pages() {
    }

    /** Every item of a list, in the list's order: {@code page} answers the page after a cursor (null: the first). */
    public static <T> Uni<List<T>> all(Function<String, Uni<? extends Page<T>>> page) {
        return from(page, null, new ArrayList<>());
    }

    private static <T> Uni<List<T>> from(Function<String, Uni<? extends Page<T>>> page, String cursor,
                                         List<T> read) {
        return page.apply(cursor).flatMap(answer -> {
            read.addAll(answer.items() == null ? List.of() : answer.items());
            String next = answer.nextCursor();
            return next == null || next.equals(cursor) ? Uni.createFrom().item(List.copyOf(read))
                    : from(page, next, read);
        });
    }
}
