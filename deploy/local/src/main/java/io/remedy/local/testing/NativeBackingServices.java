package io.remedy.local.testing;

import io.remedy.local.Kafka;
import io.remedy.local.LocalStack;
import io.remedy.local.Postgres;
import io.remedy.local.ProcessComponent;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

/** The backing services as native processes, through {@link LocalStack}: the default. */
final class NativeBackingServices implements BackingServices {

    private final LocalStack stack = SharedStack.localStack();

    @Override
    public void startPostgresAndKafka(String... databases) {
        List<ProcessComponent> both = List.of(stack.postgres(), stack.kafka());
        both.forEach(ProcessComponent::launch);
        both.forEach(ProcessComponent::awaitReady);
        for (String database : databases) {
            try {
                stack.postgres().createDatabase(database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create database " + database + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres().jdbcUrl(database);
    }

    @Override
    public String reactiveUrl(String database) {
        return postgres().reactiveUrl(database);
    }

    @Override
    public String databaseUser() {
        return postgres().user();
    }

    @Override
    public String databasePassword() {
        return postgres().password();
    }

    @Override
    public String kafkaBootstrapServers() {
        Kafka kafka = stack.kafka();
        return kafka.bootstrapServers();
    }

    @Override
    public void startKeycloak(Path realmFile) {
        SharedStack.identityStack(realmFile).keycloak().start();
    }

    @Override
    public String keycloakRealmUrl() {
        String realm = SharedStack.setting("keycloak.realm");
        if (realm == null) {
            throw new IllegalStateException("Keycloak was not started: call startKeycloak(realmFile) first");
        }
        return SharedStack.identityStack(Path.of(realm)).keycloak().realmUrl();
    }

    /** The stack, for mail and SMS, which always run natively. */
    LocalStack stack() {
        return stack;
    }

    private Postgres postgres() {
        return stack.postgres();
    }
}
