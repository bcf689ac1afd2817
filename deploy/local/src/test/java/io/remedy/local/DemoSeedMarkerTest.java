package io.remedy.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoSeedMarkerTest {

    private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock DAY_TWO = Clock.fixed(Instant.parse("2026-12-05T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path state;

    @Test
    void aStackNeverSeededIsSeeded() {
        assertFalse(new DemoSeedMarker(layout(), DAY_ONE).seededToday());
    }

    @Test
    void aStackSeededTodayIsNotSeededAgainButOnTheNextDayItIs() {
        new DemoSeedMarker(layout(), DAY_ONE).markToday();

        assertTrue(new DemoSeedMarker(layout(), DAY_ONE).seededToday());
        assertFalse(new DemoSeedMarker(layout(), DAY_TWO).seededToday());
    }

    @Test
    void theMarkerLivesWithTheDataSoWipingTheDataSeedsAgain() throws Exception {
        DemoSeedMarker marker = new DemoSeedMarker(layout(), DAY_ONE);
        marker.markToday();

        assertTrue(marker.file().startsWith(state.resolve("data")));
        StackLayout.deleteRecursively(state.resolve("data"));
        assertFalse(marker.seededToday());
    }

    @Test
    void anUnreadableMarkerSeedsAgain() throws Exception {
        DemoSeedMarker marker = new DemoSeedMarker(layout(), DAY_ONE);
        Files.writeString(marker.file(), "not a day");

        assertFalse(marker.seededToday());
    }

    private StackLayout layout() {
        return new StackLayout(state, state.resolve("cache"));
    }
}
