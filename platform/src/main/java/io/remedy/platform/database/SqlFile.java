package io.remedy.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A statement kept in a resource file beside the class that runs it ({@code src/main/resources/<its package>/…sql}),
 * read once by that class. Why a file: the benchmark runs the very same statements straight on PostgreSQL as the
 * anchor of the service's figure (its jar takes the files from the service's resources), so each is written once.
 * See docs/decisions/report-statements-in-files.md.
 *
 * <p>A part that only some calls add (a filter) has a slot in the file: a comment <code>/*name*&#47;</code> where
 * it goes. The file as it is runs without it.
 */
public final class SqlFile {

    private SqlFile() {
    }

    /** The statement in the file {@code name} of {@code owner}'s package; fails when there is none. */
    public static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no statement " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the statement " + name + " beside " + owner.getName(), e);
        }
    }

    /** The statement with {@code part} in its slot <code>/*slot*&#47;</code>; fails unless it has exactly one. */
    public static String fill(String sql, String slot, String part) {
        String marker = "/*" + slot + "*/";
        int at = sql.indexOf(marker);
        if (at < 0 || sql.indexOf(marker, at + 1) >= 0) {
            throw new IllegalArgumentException("the statement needs exactly one slot " + marker);
        }
        return sql.substring(0, at) + part + sql.substring(at + marker.length());
    }
}
