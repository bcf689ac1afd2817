package io.remedy.local;

import java.nio.file.Path;

/** One line of {@code ./remedy status}: pid is -1 when no recorded process runs. */
public record ComponentStatus(String name, long pid, int port, boolean up, Path log) {
}
