package io.remedy.local;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.FileVisitResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a stack keeps its state: {@code pids/<name>.pid}, {@code logs/<name>.log}, {@code data/<name>/} and
 * {@code ports.properties} under the state directory; unpacked distributions (PostgreSQL binaries, Keycloak) under
 * the cache directory, which several stacks may share.
 */
public record StackLayout(Path stateDir, Path cacheDir) {

    public StackLayout {
        stateDir = stateDir.toAbsolutePath().normalize();
        cacheDir = cacheDir.toAbsolutePath().normalize();
    }

    /** The cache shared by every stack of this user: {@code ~/.cache/remedy}. */
    public static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("remedy");
    }

    public Path pidFile(String component) {
        return directory("pids").resolve(component + ".pid");
    }

    public Path logFile(String component) {
        return directory("logs").resolve(component + ".log");
    }

    public Path dataDir(String component) {
        return directory("data").resolve(component);
    }

    public Path portsFile() {
        return stateDir.resolve("ports.properties");
    }

    private Path directory(String name) {
        Path dir = stateDir.resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Deletes a directory tree (not following links); nothing if it does not exist. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException error) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
