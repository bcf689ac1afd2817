package io.remedy.records.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The client topic is compacted and an erasure ends with a tombstone (the client id as key, no value): the
 * consumer acknowledges it and does nothing; it is not poison and never reaches the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "records"))
class ClientTombstoneTest {

    @Test
    void aTombstoneOnTheClientTopicIsAcknowledgedAndIgnored() {
        String key = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publishRaw(Topics.CLIENTS, key, null, Map.of());
            // a real poison behind it, same key (same partition): the first dead letter of this key must be it
            events.publishRaw(Topics.CLIENTS, key, "{not json", Map.of(CloudEventHeaders.ID, poison,
                    CloudEventHeaders.TYPE, "remedy.booking.client.registered.v1", CloudEventHeaders.TENANT,
                    "t-" + key));
            List<ConsumerRecord<String, String>> dead = events.read(Topics.deadLetterOf(Topics.CLIENTS),
                    r -> key.equals(r.key()), Duration.ofSeconds(60));
            assertFalse(dead.isEmpty(), "the poison behind the tombstone was not dead-lettered");
            assertEquals(poison, TestEvents.header(dead.get(0), CloudEventHeaders.ID));
        }
    }
}
