package io.remedy.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak in development mode ({@code kc.sh start-dev}) with the realm imported from a JSON file.
 *
 * <p>The distribution is unpacked once into the cache directory and shared; each stack gets its own Keycloak home
 * under its data directory: a copy of {@code bin/}, links to the shared {@code lib/}, {@code conf/}, {@code themes/}
 * and {@code providers/}, and its own {@code data/} (H2 database, realm import). The first start re-builds the shared
 * distribution (about 40 s); a lock keeps two stacks from doing that at the same time.
 */
public final class Keycloak extends ProcessComponent {

    public static final String NAME = "keycloak";
    public static final String REALM = "remedy";

    private final int port;
    private final Path realmFile;
    private final String adminUser;
    private final String adminPassword;
    private FileChannel buildLockFile;
    private FileLock buildLock;

    public Keycloak(StackLayout layout, int port, Path realmFile, String adminUser, String adminPassword) {
        super(NAME, layout);
        this.port = port;
        this.realmFile = realmFile;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public int port() {
        return port;
    }

    /**
     * {@code http://127.0.0.1:<port>}: the back channel, where services fetch keys and redeem codes (token, keys and
     * user-info endpoints answer with the host they were asked on).
     */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** {@code http://127.0.0.1:<port>/realms/remedy}: the OIDC auth-server URL of the services. */
    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    /**
     * {@code http://localhost:<port>}: the front channel, the one host browsers see (sign-in pages, their form posts
     * and cookies, logout) and the issuer of every token. It is the host the platform advertises: one host for the
     * whole sign-in, or the login form's cookie, set for one host, is missing when the form posts to the other.
     */
    public String publicUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/remedy}: the realm as browsers reach it; also every token's issuer. */
    public String publicRealmUrl() {
        return publicUrl() + "/realms/" + REALM;
    }

    public String adminUser() {
        return adminUser;
    }

    public String adminPassword() {
        return adminPassword;
    }

    private Path home() {
        return dataDir().resolve("home");
    }

    @Override
    protected void prepare() throws IOException {
        if (!Files.isRegularFile(realmFile)) {
            throw new ComponentFailure(NAME, "realm file " + realmFile + " does not exist", null);
        }
        Path distribution = unpack(layout.cacheDir());
        Path home = home();
        Files.createDirectories(home.resolve("bin"));
        for (String shared : List.of("lib", "conf", "themes", "providers", "version.txt")) {
            Path link = home.resolve(shared);
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.createSymbolicLink(link, distribution.resolve(shared));
            }
        }
        // kc.sh takes its home from its own resolved location: a copy, not a link, makes this directory the home
        try (var scripts = Files.list(distribution.resolve("bin"))) {
            for (Path script : scripts.filter(Files::isRegularFile).toList()) {
                Path copy = home.resolve("bin").resolve(script.getFileName().toString());
                Files.copy(script, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().setExecutable(true, false);
            }
        }
        Path imported = home.resolve("data/import").resolve(REALM + "-realm.json");
        Files.createDirectories(imported.getParent());
        // the import skips a realm that exists: a changed realm file needs a fresh database
        if (!Files.exists(imported) || Files.mismatch(imported, realmFile) != -1) {
            StackLayout.deleteRecursively(home.resolve("data/h2"));
            Files.copy(realmFile, imported, StandardCopyOption.REPLACE_EXISTING);
        }
        lockBuild();
    }

    @Override
    protected List<String> command() {
        return List.of("/bin/sh", home().resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + publicUrl(),
                "--hostname-backchannel-dynamic=true",
                "--import-realm", "--health-enabled=false", "--metrics-enabled=false");
    }

    @Override
    protected Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "KC_BOOTSTRAP_ADMIN_USERNAME", adminUser,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
    }

    @Override
    protected boolean ready() {
        return Ports.answersOk(port, realmUrl() + "/.well-known/openid-configuration");
    }

    @Override
    protected Duration readyTimeout() {
        return Duration.ofSeconds(180);
    }

    @Override
    protected void afterReady() throws IOException {
        releaseBuild();
    }

    @Override
    protected void shutdown(RecordedProcess process) {
        releaseQuietly();
        super.shutdown(process);
    }

    /** Holds the build lock from launch until ready, so only one Keycloak re-builds the shared distribution at once. */
    private void lockBuild() throws IOException {
        if (buildLock == null) {
            buildLockFile = FileChannel.open(layout.cacheDir().resolve("keycloak.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            buildLock = buildLockFile.lock();
        }
    }

    private void releaseBuild() throws IOException {
        if (buildLock != null) {
            buildLock.release();
            buildLockFile.close();
            buildLock = null;
            buildLockFile = null;
        }
    }

    private void releaseQuietly() {
        try {
            releaseBuild();
        } catch (IOException e) {
            // the lock goes with the channel; nothing else holds it
        }
    }

    /** The distribution unpacked into {@code <cache>/keycloak-<version>}, once. */
    static Path unpack(Path cacheDir) throws IOException {
        Path zip = Distributions.keycloakZip();
        Path home = cacheDir.resolve("keycloak-" + Distributions.keycloakVersion());
        if (Files.exists(home.resolve(".complete"))) {
            return home;
        }
        Files.createDirectories(cacheDir);
        try (FileChannel lockFile = FileChannel.open(cacheDir.resolve("keycloak-unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            // one unpacker per cache directory, across JVMs; closing the channel releases the lock
            lockFile.lock();
            if (Files.exists(home.resolve(".complete"))) {
                return home;
            }
            Path partial = Files.createTempDirectory(cacheDir, "keycloak-unpacking-");
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                ZipEntry entry;
                while ((entry = entries.getNextEntry()) != null) {
                    // entries are "keycloak-<version>/..."; drop that first segment
                    String[] segments = entry.getName().split("/");
                    if (segments.length < 2) {
                        continue;
                    }
                    Path target = partial.resolve(String.join("/", Arrays.copyOfRange(segments, 1, segments.length))).normalize();
                    if (!target.startsWith(partial)) {
                        throw new IOException("zip entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                        if (target.getFileName().toString().endsWith(".sh")) {
                            target.toFile().setExecutable(true, false);
                        }
                    }
                }
            }
            Files.createFile(partial.resolve(".complete"));
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        }
    }
}
