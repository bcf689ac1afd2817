package io.remedy.platform.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.DeadLetterHeaders;
import io.remedy.local.testing.LocalStackTestResource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redelivery changes nothing; poison and failing messages go to the dead-letter topic; consuming goes on. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class InboxConsumerTest {

    private static final String TOPIC = "platform.test.pings";
    private static final String DLQ = TOPIC + ".dlq";

    @BeforeAll
    static void topics() {
        Stack.ensureTopics(TOPIC, DLQ);
    }

    private static ProducerRecord<String, String> event(String id, String tenant, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, "agg-" + tenant, json);
        if (id != null) {
            record.headers().add(CloudEventHeaders.ID, id.getBytes(UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, "remedy.test.ping.v1".getBytes(UTF_8));
        }
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/test".getBytes(UTF_8));
        record.headers().add(CloudEventHeaders.TENANT, tenant.getBytes(UTF_8));
        record.headers().add(CloudEventHeaders.TIME, "2026-05-01T10:00:00Z".getBytes(UTF_8));
        return record;
    }

    private static void send(List<ProducerRecord<String, String>> records) {
        Stack.kafka().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(20));
    }

    private static long effects(String tenant) {
        return Stack.count("SELECT count(*) FROM ping_effect WHERE tenant = ?", tenant);
    }

    @Test
    void sameEventTwiceHasOneEffect() {
        String tenant = "inbox-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        send(List.of(event(id, tenant, "{\"text\":\"hello\"}"), event(id, tenant, "{\"text\":\"hello\"}"),
                event(after, tenant, "{\"text\":\"after\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(tenant) >= 2);
        assertEquals(1, Stack.count("SELECT count(*) FROM ping_effect WHERE event_id = ?", id));
        assertEquals(2, effects(tenant));
        assertEquals(1, Stack.count("SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", id));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndConsumingGoesOn() {
        String tenant = "poison-" + UUID.randomUUID();
        String good = UUID.randomUUID().toString();
        String badJson = UUID.randomUUID().toString();
        send(List.of(event(null, tenant, "{\"text\":\"no id\"}"), event(badJson, tenant, "{not json"),
                event(good, tenant, "{\"text\":\"good\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(tenant) == 1);
        List<ConsumerRecord<String, String>> dead = Stack.kafka().consumeStrings().fromTopics(DLQ)
                .getMulti().filter(r -> ("agg-" + tenant).equals(r.key())).select().first(2).collect().asList()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(2, dead.size());
        String reason = header(dead.get(0), DeadLetterHeaders.REASON);
        assertNotNull(reason);
        assertTrue(reason.contains("ce_id"), reason);
        assertTrue(header(dead.get(1), DeadLetterHeaders.REASON).contains("not valid JSON"));
        assertEquals(TOPIC, header(dead.get(1), DeadLetterHeaders.TOPIC));
    }

    @Test
    void anEventNamingNoTenantIsDeadLetteredAndConsumingGoesOn() {
        String tenant = "untenanted-" + UUID.randomUUID();
        String orphan = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        ProducerRecord<String, String> untenanted = event(orphan, tenant, "{\"text\":\"whose?\"}");
        untenanted.headers().remove(CloudEventHeaders.TENANT);
        send(List.of(untenanted, event(good, tenant, "{\"text\":\"good\"}")));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(tenant) == 1);
        ConsumerRecord<String, String> dead = Stack.kafka().consumeStrings().fromTopics(DLQ)
                .getMulti().filter(r -> ("agg-" + tenant).equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(orphan, header(dead, CloudEventHeaders.ID));
        assertTrue(header(dead, DeadLetterHeaders.REASON).contains("names no tenant"));
        assertEquals(0, Stack.count("SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", orphan));
    }

    @Test
    void failingEffectIsRetriedThenDeadLetteredWithoutEffect() {
        String tenant = "failing-" + UUID.randomUUID();
        String failing = UUID.randomUUID().toString();
        String good = UUID.randomUUID().toString();
        send(List.of(event(failing, tenant, "{\"text\":\"boom\",\"fail\":true}"),
                event(good, tenant, "{\"text\":\"fine\"}")));

        ConsumerRecord<String, String> dead = Stack.kafka().consumeStrings().fromTopics(DLQ)
                .getMulti().filter(r -> ("agg-" + tenant).equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertTrue(header(dead, DeadLetterHeaders.REASON).contains("Failed after 2 tries"));
        assertEquals(failing, header(dead, CloudEventHeaders.ID));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(tenant) == 1);
        assertEquals(0, Stack.count("SELECT count(*) FROM ping_effect WHERE event_id = ?", failing));
        assertEquals(0, Stack.count("SELECT count(*) FROM remedy_platform.inbox WHERE event_id = ?", failing));
    }

    @Test
    void aTombstoneIsAcknowledgedAndIgnored() {
        String tenant = "tombstone-" + UUID.randomUUID();
        String good = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        send(List.of(new ProducerRecord<>(TOPIC, "agg-" + tenant, null), event(good, tenant, "{\"text\":\"after\"}")));
        await().atMost(Duration.ofSeconds(30)).until(() -> effects(tenant) == 1);

        // the first dead letter of this key is a real poison sent later: the tombstone was not dead-lettered
        send(List.of(event(poison, tenant, "{not json")));
        ConsumerRecord<String, String> dead = Stack.kafka().consumeStrings().fromTopics(DLQ)
                .getMulti().filter(r -> ("agg-" + tenant).equals(r.key())).toUni()
                .await().atMost(Duration.ofSeconds(30));
        assertEquals(poison, header(dead, CloudEventHeaders.ID));
        assertEquals(1, effects(tenant));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }
}
