package io.remedy.platform.it;

import io.remedy.local.testing.TestTokens;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** What the integration tests read of the running stack: tokens, the database (JDBC), Kafka (companion). */
final class Stack {

    private static KafkaCompanion kafka;

    private Stack() {
    }

    /** A bearer token of a staff member at {@code locations} in {@code tenant}. */
    static String token(String tenant, List<String> locations, String... roles) {
        return TestTokens.issue("user-" + tenant, tenant, locations, roles);
    }

    static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(config().getValue("kafka.bootstrap.servers", String.class));
        }
        return kafka;
    }

    static void ensureTopics(String... topics) {
        Set<String> existing = kafka().topics().list();
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                kafka().topics().createAndWait(topic, 1);
            }
        }
    }

    /** Rows of a query, each as column → value. */
    static List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                        row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs an update; returns the rows it changed. */
    static int update(String sql, Object... params) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql, Object... params) {
        return ((Number) query(sql, params).get(0).values().iterator().next()).longValue();
    }

    private static Connection connect() throws SQLException {
        Config config = config();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
