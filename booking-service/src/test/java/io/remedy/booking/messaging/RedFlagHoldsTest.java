package io.remedy.booking.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.Topics;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class RedFlagHoldsTest {

    static String raised(Diary diary, String flagId, String severity) {
        return """
                {"redFlagId": "%s", "clientId": "%s", "locationId": "%s", "locationCode": "%s",
                 "therapistId": "%s", "therapistUserId": "%s", "sessionId": null,
                 "findings": ["SADDLE_NUMBNESS", "BLADDER_DYSFUNCTION"], "severity": "%s",
                 "raisedBy": "%s", "raisedAt": "%s"}""".formatted(flagId, diary.chain.clientId, diary.chain.locationId,
                diary.chain.locationCode, diary.chain.therapistId, diary.chain.therapistUser, severity,
                diary.chain.therapistUser, Instant.now());
    }

    static String cleared(Diary diary, String flagId) {
        return """
                {"redFlagId": "%s", "clientId": "%s", "locationId": "%s", "locationCode": "%s",
                 "therapistUserId": "%s", "clearance": "MEDICAL_CLEARANCE", "clearedBy": "%s", "clearedAt": "%s"}"""
                .formatted(flagId, diary.chain.clientId, diary.chain.locationId, diary.chain.locationCode,
                        diary.chain.therapistUser, diary.chain.therapistUser, Instant.now());
    }

    static String publish(Diary diary, String type, String flagId, String json) {
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            return events.publish(Topics.RED_FLAGS, type, "/records", flagId, diary.chain.tenant, json);
        }
    }

    static void awaitHold(Diary diary, String sessionId, boolean held) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                (Diary.get(diary.chain.receptionist, sessionId).jsonPath().get("hold") != null) == held);
    }

    @Test
    void aRaisedFlagHoldsTheClientsFutureSessionsAndRefusesNewOnesUntilEveryFlagIsCleared() {
        Diary diary = new Diary();
        String sessionId = diary.booked(Diary.at(30, 10));
        String urgent = UUID.randomUUID().toString();
        String refer = UUID.randomUUID().toString();

        publish(diary, RedFlagRaised.TYPE, urgent, raised(diary, urgent, "URGENT"));
        awaitHold(diary, sessionId, true);

        Diary.get(diary.chain.receptionist, sessionId).then().statusCode(200)
                .body("status", equalTo("BOOKED"))
                .body("hold.reason", equalTo("RED_FLAG"))
                .body("hold.severity", equalTo("URGENT"))
                .body("hold.since", notNullValue())
                .body("hold.findings", nullValue());
        // the client sees that the session is held, not why
        Diary.get(diary.clientToken(), sessionId).then().statusCode(200)
                .body("hold.reason", equalTo("RED_FLAG"))
                .body("hold.severity", nullValue())
                .body("hold.since", nullValue());

        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(31, 10), null))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo(RedFlagService.HOLD_PROBLEM.toString()))
                .body("errors.field", hasItem("clientId"));
        diary.act(diary.chain.receptionist, sessionId, "reschedule", Map.of("startsAt", Diary.at(32, 10)))
                .then().statusCode(409).body("type", equalTo(RedFlagService.HOLD_PROBLEM.toString()));
        diary.act(diary.chain.receptionist, sessionId, "check-in", null)
                .then().statusCode(409).body("type", equalTo(RedFlagService.HOLD_PROBLEM.toString()));

        publish(diary, RedFlagRaised.TYPE, refer, raised(diary, refer, "REFER"));
        publish(diary, RedFlagCleared.TYPE, urgent, cleared(diary, urgent));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "REFER".equals(Diary.get(diary.chain.receptionist, sessionId).jsonPath().getString("hold.severity")));
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(31, 10), null)).then().statusCode(409);

        publish(diary, RedFlagCleared.TYPE, refer, cleared(diary, refer));
        awaitHold(diary, sessionId, false);
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(31, 10), null)).then().statusCode(201);
        diary.act(diary.chain.receptionist, sessionId, "reschedule", Map.of("startsAt", Diary.at(32, 10)))
                .then().statusCode(200);
    }

    @Test
    void aRedeliveredRaiseChangesNothingOnceCleared() {
        Diary diary = new Diary();
        String sessionId = diary.booked(Diary.at(30, 10));
        String flag = UUID.randomUUID().toString();
        String raisedJson = raised(diary, flag, "REFER");
        String eventId = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(Topics.RED_FLAGS, eventId, RedFlagRaised.TYPE, "/records", flag, diary.chain.tenant,
                    raisedJson);
        }
        awaitHold(diary, sessionId, true);
        publish(diary, RedFlagCleared.TYPE, flag, cleared(diary, flag));
        awaitHold(diary, sessionId, false);

        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(Topics.RED_FLAGS, eventId, RedFlagRaised.TYPE, "/records", flag, diary.chain.tenant,
                    raisedJson);
        }
        // a second flag, published under the same key (same partition, so after the redelivery): once it is raised
        // and cleared again, the redelivery was consumed before it and held nothing
        String second = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(Topics.RED_FLAGS, RedFlagRaised.TYPE, "/records", flag, diary.chain.tenant,
                    raised(diary, second, "REFER"));
        }
        awaitHold(diary, sessionId, true);
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(Topics.RED_FLAGS, RedFlagCleared.TYPE, "/records", flag, diary.chain.tenant,
                    cleared(diary, second));
        }
        awaitHold(diary, sessionId, false);
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(33, 10), null)).then().statusCode(201);
    }

    @Test
    void anUnreadableRedFlagEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        Diary diary = new Diary();
        String flag = UUID.randomUUID().toString();
        String id = publish(diary, RedFlagRaised.TYPE, flag, "{\"redFlagId\": \"not-a-uuid\", \"clientId\": 7}");
        var dead = Diary.events(Topics.deadLetterOf(Topics.RED_FLAGS),
                r -> id.equals(TestEvents.header(r, CloudEventHeaders.ID)));
        assertEquals(1, dead.size());
        assertFalse(dead.get(0).value().isBlank());

        String sessionId = diary.booked(Diary.at(30, 10));
        String good = UUID.randomUUID().toString();
        publish(diary, RedFlagRaised.TYPE, good, raised(diary, good, "REFER"));
        awaitHold(diary, sessionId, true);
    }
}
