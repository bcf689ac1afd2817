package io.remedy.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./remedy logs NAME}: the last lines of a component's log, then (unless told not to) what it writes next. */
final class ComponentLog {

    private final PrintStream out;
    private final Path log;

    ComponentLog(PrintStream out, Path log) {
        this.out = out;
        this.log = log;
    }

    /** Prints the last {@code lines} lines; with {@code follow}, then every line as it comes until interrupted. */
    int show(int lines, boolean follow) {
        if (!Files.exists(log)) {
            throw new IllegalArgumentException("no log yet at " + log);
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(out::println);
            if (!follow) {
                return 0;
            }
            long position = file.length();
            while (true) {
                long length = file.length();
                if (length < position) {
                    position = 0;
                }
                if (length > position) {
                    byte[] chunk = new byte[(int) (length - position)];
                    file.seek(position);
                    file.readFully(chunk);
                    out.print(new String(chunk, StandardCharsets.UTF_8));
                    out.flush();
                    position = length;
                }
                ProcessComponent.pause();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + log + ": " + e.getMessage(), e);
        }
    }
}
