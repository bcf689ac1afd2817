package io.remedy.console.api;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagesTest {

    private record Names(List<String> items, String nextCursor) implements Pages.Page<String> {
    }

    @Test
    void aReferenceListIsReadWholeByFollowingNextCursor() {
        Map<String, Names> pages = Map.of(
                "", new Names(List.of("Attic", "Cupping room"), "c1"),
                "c1", new Names(List.of("Room A"), "c2"),
                "c2", new Names(List.of("Room B"), null));
        List<String> asked = new ArrayList<>();
        List<String> all = Pages.<String>all(cursor -> {
            asked.add(String.valueOf(cursor));
            return Uni.createFrom().item(pages.get(cursor == null ? "" : cursor));
        }).await().indefinitely();
        assertEquals(List.of("Attic", "Cupping room", "Room A", "Room B"), all);
        assertEquals(Arrays.asList("null", "c1", "c2"), asked);
    }

    @Test
    void oneLastPageIsOneCall() {
        List<String> asked = new ArrayList<>();
        List<String> all = Pages.<String>all(cursor -> {
            asked.add(String.valueOf(cursor));
            return Uni.createFrom().item(new Names(List.of("Norwich"), null));
        }).await().indefinitely();
        assertEquals(List.of("Norwich"), all);
        assertEquals(List.of("null"), asked);
    }
}
