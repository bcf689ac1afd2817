package io.remedy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The day the demo data was last seeded into this stack's databases: {@code data/demo-seeded} under the state
 * directory, beside the databases, so that wiping the data wipes it too. The seed is idempotent but checks every
 * location, client and diary day through the API (about ten seconds); a stack seeded today starts without it. On a
 * later day the seed runs again, which tops the demo diary up for the days that have come since.
 */
final class DemoSeedMarker {

    private final Path file;
    private final Clock clock;

    DemoSeedMarker(StackLayout layout) {
        this(layout, Clock.systemDefaultZone());
    }

    DemoSeedMarker(StackLayout layout, Clock clock) {
        this.file = layout.dataDir("demo-seeded");
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    boolean seededToday() {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return LocalDate.parse(Files.readString(file, StandardCharsets.UTF_8).strip()).equals(LocalDate.now(clock));
        } catch (IOException | DateTimeParseException e) {
            return false;
        }
    }

    void markToday() {
        try {
            Files.writeString(file, LocalDate.now(clock) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
