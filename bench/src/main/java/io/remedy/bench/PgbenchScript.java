package io.remedy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of pgbench's script language the anchor's script uses, run over JDBC: SQL statements (ending with
 * {@code ;}, or with {@code \gset}, which stores the first row's columns as variables), {@code :name} variables bound
 * as parameters of unknown type (as {@code pgbench -M prepared} sends them), and {@code \set name expression} with
 * integer {@code + - * /}, parentheses and variables. Variables persist from one run of the script to the next, per
 * client, as in pgbench.
 */
final class PgbenchScript {

    private static final Pattern VARIABLE = Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)");
    private static final Pattern SET = Pattern.compile("\\\\set\\s+([a-z_][a-z0-9_]*)\\s+(.+)");

    private sealed interface Step permits Assign, Statement {
    }

    private record Assign(String variable, String expression) implements Step {
    }

    private record Statement(String jdbcSql, List<String> parameters, boolean gset) implements Step {
    }

    private final List<Step> steps;

    private PgbenchScript(List<Step> steps) {
        this.steps = steps;
    }

    static PgbenchScript parse(String text) {
        List<Step> steps = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            Matcher set = SET.matcher(trimmed);
            if (set.matches()) {
                steps.add(new Assign(set.group(1), set.group(2)));
                continue;
            }
            boolean gset = trimmed.endsWith("\\gset");
            if (gset) {
                trimmed = trimmed.substring(0, trimmed.length() - "\\gset".length()).strip();
            }
            sql.append(trimmed).append('\n');
            if (gset || trimmed.endsWith(";")) {
                String statement = sql.toString().strip();
                if (statement.endsWith(";")) {
                    statement = statement.substring(0, statement.length() - 1);
                }
                sql.setLength(0);
                List<String> parameters = new ArrayList<>();
                Matcher variable = VARIABLE.matcher(statement);
                StringBuilder jdbc = new StringBuilder();
                while (variable.find()) {
                    parameters.add(variable.group(1));
                    variable.appendReplacement(jdbc, "?");
                }
                variable.appendTail(jdbc);
                steps.add(new Statement(jdbc.toString(), parameters, gset));
            }
        }
        return new PgbenchScript(steps);
    }

    /** Number of SQL statements between BEGIN and COMMIT. */
    int transactionStatements() {
        int count = 0;
        boolean inside = false;
        for (Step step : steps) {
            if (step instanceof Statement statement) {
                String sql = statement.jdbcSql().strip();
                if (sql.equalsIgnoreCase("BEGIN")) {
                    inside = true;
                } else if (sql.equalsIgnoreCase("COMMIT")) {
                    inside = false;
                } else if (inside) {
                    count++;
                }
            }
        }
        return count;
    }

    /** One client of the script: its own connection, its own variables, its prepared statements. */
    Client client(Connection connection, Map<String, String> variables) {
        return new Client(connection, new HashMap<>(variables));
    }

    final class Client implements AutoCloseable {

        private final Connection connection;
        private final Map<String, String> variables;
        private final Map<Statement, PreparedStatement> prepared = new HashMap<>();

        private Client(Connection connection, Map<String, String> variables) {
            this.connection = connection;
            this.variables = variables;
        }

        /** Runs the whole script once. */
        void run() throws SQLException {
            for (Step step : steps) {
                if (step instanceof Assign assign) {
                    variables.put(assign.variable(), Long.toString(new Expression(assign.expression(), variables).value()));
                } else {
                    execute((Statement) step);
                }
            }
        }

        private void execute(Statement statement) throws SQLException {
            PreparedStatement ps = prepared.get(statement);
            if (ps == null) {
                ps = connection.prepareStatement(statement.jdbcSql());
                prepared.put(statement, ps);
            }
            for (int i = 0; i < statement.parameters().size(); i++) {
                String name = statement.parameters().get(i);
                String value = variables.get(name);
                if (value == null) {
                    throw new IllegalStateException("variable :" + name + " is not set");
                }
                ps.setObject(i + 1, value, Types.OTHER);
            }
            if (!statement.gset()) {
                ps.execute();
                return;
            }
            try (ResultSet rows = ps.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("\\gset query returned no row: " + statement.jdbcSql());
                }
                ResultSetMetaData columns = rows.getMetaData();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    variables.put(columns.getColumnLabel(c), rows.getString(c));
                }
            }
        }

        /** Ends a transaction a failed statement left open, so the next run starts clean. */
        void rollback() {
            try (java.sql.Statement rollback = connection.createStatement()) {
                rollback.execute("ROLLBACK");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot roll back: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : prepared.values()) {
                ps.close();
            }
            connection.close();
        }
    }

    /** Integer expressions of {@code \set}: numbers, {@code :variables}, + - * / and parentheses. */
    private static final class Expression {

        private final String text;
        private final Map<String, String> variables;
        private int at;

        Expression(String text, Map<String, String> variables) {
            this.text = text.replace(" ", "");
            this.variables = variables;
        }

        long value() {
            long value = sum();
            if (at != text.length()) {
                throw new IllegalArgumentException("cannot read \\set expression: " + text);
            }
            return value;
        }

        private long sum() {
            long value = product();
            while (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
                value = text.charAt(at++) == '+' ? value + product() : value - product();
            }
            return value;
        }

        private long product() {
            long value = factor();
            while (at < text.length() && (text.charAt(at) == '*' || text.charAt(at) == '/')) {
                value = text.charAt(at++) == '*' ? value * factor() : value / factor();
            }
            return value;
        }

        private long factor() {
            char c = text.charAt(at);
            if (c == '(') {
                at++;
                long value = sum();
                at++;
                return value;
            }
            int start = at;
            if (c == ':') {
                at++;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                String name = text.substring(start + 1, at);
                String value = variables.get(name);
                if (value == null) {
                    throw new IllegalStateException("variable :" + name + " is not set");
                }
                return Long.parseLong(value);
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            return Long.parseLong(text.substring(start, at));
        }
    }
}
