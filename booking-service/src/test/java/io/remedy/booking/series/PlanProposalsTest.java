package io.remedy.booking.series;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Race;
import io.remedy.booking.redflag.RedFlagService;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class PlanProposalsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A chain whose client has a session in ten days: the usual weekday and time of the series. */
    static final class Planned {
        final Diary diary = new Diary();
        final String usual = Diary.at(10, 10);
        final String usualSession = diary.booked(usual);
        final String planId = UUID.randomUUID().toString();

        String plan(int version, String status, String phases) {
            return """
                    {"planId": "%s", "version": %d, "status": "%s", "clientId": "%s", "therapistId": "%s",
                     "therapistUserId": "%s", "locationId": "%s", "serviceId": "%s", "phases": %s,
                     "techniques": ["DEEP_TISSUE", "TRIGGER_POINT"], "regions": ["GLUTEALS", "QUADRATUS_LUMBORUM"],
                     "homework": [], "reviewDate": null, "changedBy": "%s", "changedAt": "%s",
                     "changeReason": "INITIAL_PLAN"}""".formatted(planId, version, status, diary.chain.clientId,
                    diary.chain.therapistId, diary.chain.therapistUser, diary.chain.locationId, diary.chain.serviceId,
                    phases, diary.chain.therapistUser, Instant.now());
        }

        void publish(String json) {
            try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
                events.publish(Topics.PLANS, PlanUpdated.TYPE, "/records", planId, diary.chain.tenant, json);
            }
        }

        /** The usual session's wall-clock time {@code weeks} later, as the API renders the instant. */
        String weeksAfterUsual(int weeks) {
            ZonedDateTime local = OffsetDateTime.parse(usual).atZoneSameInstant(LONDON);
            return local.plusWeeks(weeks).toInstant().toString();
        }

        Response proposals(String token) {
            return given().auth().oauth2(token).queryParam("clientId", diary.chain.clientId)
                    .get("/api/v1/sessions/proposals");
        }

        JsonPath awaitProposalOfVersion(int version) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                List<Integer> versions = proposals(diary.chain.receptionist).jsonPath().getList("items.planVersion");
                return versions.equals(List.of(version));
            });
            return proposals(diary.chain.receptionist).jsonPath();
        }

        Response confirm(String token, String proposalId, List<String> dates) {
            var request = given().auth().oauth2(token).contentType(ContentType.JSON);
            request.body(dates == null ? Map.of() : Map.of("dates", dates));
            return request.post("/api/v1/sessions/proposals/" + proposalId + "/confirm");
        }
    }

    private static final String WEEKLY_THEN_FORTNIGHTLY = """
            [{"name": "Relief", "goals": [], "intervalWeeks": 1, "sessionCount": 3},
             {"name": "Restore", "goals": [], "intervalWeeks": 2, "sessionCount": 1}]""";

    @Test
    void anActivePlanProposesItsSeriesAtTheUsualTimeAndAPartialConfirmationShowsEachConflict() {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        JsonPath proposal = p.awaitProposalOfVersion(1);

        assertEquals(List.of(p.weeksAfterUsual(1), p.weeksAfterUsual(2), p.weeksAfterUsual(3), p.weeksAfterUsual(5)),
                proposal.getList("items[0].dates.startsAt"));
        assertEquals(List.of("Relief", "Relief", "Relief", "Restore"), proposal.getList("items[0].dates.phase"));
        assertEquals(p.diary.chain.therapistId, proposal.getString("items[0].therapistId"));
        assertEquals(p.diary.chain.serviceId, proposal.getString("items[0].serviceId"));
        String proposalId = proposal.getString("items[0].id");

        // the therapist is taken on the second date
        String other = p.diary.client("other-" + UUID.randomUUID());
        Diary.book(p.diary.chain.receptionist, p.diary.bookingOf(other, null, p.weeksAfterUsual(2)))
                .then().statusCode(201);

        JsonPath result = p.confirm(p.diary.clientToken(), proposalId,
                        List.of(p.weeksAfterUsual(1), p.weeksAfterUsual(2), p.weeksAfterUsual(3), p.weeksAfterUsual(9)))
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BOOKED", "CONFLICT", "BOOKED", "CONFLICT"), result.getList("results.outcome"));
        assertEquals("therapistId", result.getString("results[1].field"));
        assertEquals("dates", result.getString("results[3].field"));
        String firstSession = result.getString("results[0].sessionId");
        Diary.get(p.diary.chain.receptionist, firstSession).then().statusCode(200)
                .body("planId", equalTo(p.planId))
                .body("clientId", equalTo(p.diary.chain.clientId))
                .body("startsAt", equalTo(p.weeksAfterUsual(1)));
        var booked = Diary.events(Topics.SESSIONS, firstSession, 1);
        assertEquals(EventCatalogue.SESSION_BOOKED.type(), TestEvents.header(booked.get(0), CloudEventHeaders.TYPE));
        EventSchemas.assertValid(EventCatalogue.SESSION_BOOKED, booked.get(0).value());
        assertEquals(p.planId, new JsonPath(booked.get(0).value()).getString("planId"));

        // confirming again is harmless; the rest (all) books what is left and still shows the conflict
        JsonPath again = p.confirm(p.diary.chain.receptionist, proposalId, null)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BOOKED", "CONFLICT", "BOOKED", "BOOKED"), again.getList("results.outcome"));
        assertEquals(firstSession, again.getString("results[0].sessionId"));
        p.proposals(p.diary.chain.receptionist).then()
                .body("items[0].status", equalTo("OPEN"))
                .body("items[0].dates.status", equalTo(List.of("BOOKED", "PROPOSED", "BOOKED", "BOOKED")));
    }

    @Test
    void confirmingASeriesWhileOthersBookItsDatesGivesEachDateOneSessionAndNo5xx()
            throws Exception {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        String proposalId = p.awaitProposalOfVersion(1).getString("items[0].id");
        int bookers = 39;
        List<String> clients = IntStream.range(0, bookers)
                .mapToObj(i -> p.diary.client("seriesracer-" + i + "-" + p.diary.chain.tenant)).toList();
        String client = p.diary.clientToken();
        try (Race race = new Race(bookers + 1)) {
            // one round per date: the series confirms that date while 39 other clients book it
            for (int weeks : List.of(1, 2, 3, 5)) {
                String date = p.weeksAfterUsual(weeks);
                List<Callable<Response>> contenders = new ArrayList<>();
                contenders.add(() -> p.confirm(client, proposalId, List.of(date)));
                for (int i = 0; i < bookers; i++) {
                    Map<String, Object> booking = p.diary.bookingOf(clients.get(i), null, date);
                    contenders.add(() -> Diary.book(p.diary.chain.receptionist, booking));
                }
                race.round(contenders,
                        r -> r.statusCode() == 201 || r.statusCode() == 200
                                && "BOOKED".equals(r.jsonPath().getString("results[0].outcome")),
                        r -> r.statusCode() == 201 || r.statusCode() == 200
                                || Race.refusedAsTaken(r, "therapistId", "roomId"));
                assertEquals(1, p.diary.sessionsBetween(date, 60), "one session on the date");
            }
            race.report("series race");
        }
    }

    @Test
    void aDateTheTherapistIsAlreadyTakenAtIsNotProposedButSaysWhy() {
        Planned p = new Planned();
        String other = p.diary.client("other-" + UUID.randomUUID());
        Diary.book(p.diary.chain.receptionist, p.diary.bookingOf(other, null, p.weeksAfterUsual(2)))
                .then().statusCode(201);

        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        JsonPath proposal = p.awaitProposalOfVersion(1);
        assertEquals(List.of("PROPOSED", "UNAVAILABLE", "PROPOSED", "PROPOSED"),
                proposal.getList("items[0].dates.status"));
        assertEquals("therapistId", proposal.getString("items[0].dates[1].reason.field"));
        assertNull(proposal.get("items[0].dates[0].reason"));
    }

    @Test
    void aNewPlanVersionNeverProposesAgainWhatIsAlreadyBooked() {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        String first = p.awaitProposalOfVersion(1).getString("items[0].id");
        JsonPath booked = p.confirm(p.diary.chain.receptionist, first,
                List.of(p.weeksAfterUsual(1), p.weeksAfterUsual(2))).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BOOKED", "BOOKED"), booked.getList("results.outcome"));

        p.publish(p.plan(2, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        JsonPath second = p.awaitProposalOfVersion(2);
        assertEquals(List.of("BOOKED", "BOOKED", "PROPOSED", "PROPOSED"), second.getList("items[0].dates.status"));
        assertEquals(booked.getList("results.sessionId"),
                List.of(second.getString("items[0].dates[0].sessionId"), second.getString("items[0].dates[1].sessionId")));

        // confirming the whole new version books only what is left: no session twice
        JsonPath all = p.confirm(p.diary.chain.receptionist, second.getString("items[0].id"), null)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BOOKED", "BOOKED", "BOOKED", "BOOKED"), all.getList("results.outcome"));
        given().auth().oauth2(p.diary.chain.receptionist).queryParam("clientId", p.diary.chain.clientId)
                .queryParam("from", Diary.at(0, 0)).queryParam("to", Diary.at(90, 0)).get("/api/v1/sessions")
                .then().statusCode(200).body("items.size()", equalTo(5));
    }

    @Test
    void aNewerPlanVersionReplacesTheUnconfirmedProposalAndAClosedPlanDropsIt() {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        String first = p.awaitProposalOfVersion(1).getString("items[0].id");

        p.publish(p.plan(2, "ACTIVE", "[{\"name\": \"Maintain\", \"goals\": [], \"intervalWeeks\": 2, \"sessionCount\": 2}]"));
        JsonPath second = p.awaitProposalOfVersion(2);
        assertEquals(List.of(p.weeksAfterUsual(2), p.weeksAfterUsual(4)), second.getList("items[0].dates.startsAt"));
        p.confirm(p.diary.chain.receptionist, first, null).then().statusCode(409)
                .body("errors.field", hasItem("proposalId"));

        // an older version arriving late changes nothing
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        p.publish(p.plan(3, "COMPLETED", "[]"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> p.proposals(p.diary.chain.receptionist).jsonPath().getList("items").isEmpty());
        p.confirm(p.diary.chain.receptionist, second.getString("items[0].id"), null).then().statusCode(409);
    }

    @Test
    void aClientOnARedFlagHoldCannotConfirm() {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        String proposalId = p.awaitProposalOfVersion(1).getString("items[0].id");
        String flag = UUID.randomUUID().toString();
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            events.publish(Topics.RED_FLAGS, RedFlagRaised.TYPE, "/records", flag, p.diary.chain.tenant, """
                    {"redFlagId": "%s", "clientId": "%s", "locationId": "%s", "locationCode": "%s",
                     "findings": ["NIGHT_PAIN"], "severity": "REFER", "raisedBy": "t", "raisedAt": "%s"}"""
                    .formatted(flag, p.diary.chain.clientId, p.diary.chain.locationId, p.diary.chain.locationCode,
                            Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                Diary.get(p.diary.chain.receptionist, p.usualSession).jsonPath().get("hold") != null);
        p.confirm(p.diary.clientToken(), proposalId, null).then().statusCode(409)
                .body("type", equalTo(RedFlagService.HOLD_PROBLEM.toString()))
                .body("errors.field", hasItem("clientId"));
        p.proposals(p.diary.chain.receptionist).then()
                .body("items[0].dates.status", equalTo(List.of("PROPOSED", "PROPOSED", "PROPOSED", "PROPOSED")));
    }

    @Test
    void whoMaySeeAndConfirmAProposal() {
        Planned p = new Planned();
        p.publish(p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY));
        String proposalId = p.awaitProposalOfVersion(1).getString("items[0].id");

        p.proposals(p.diary.therapistToken()).then().statusCode(200).body("items.id", equalTo(List.of(proposalId)));
        given().auth().oauth2(p.diary.clientToken()).get("/api/v1/sessions/proposals")
                .then().statusCode(200).body("items.id", equalTo(List.of(proposalId)));

        String someone = "someone-" + UUID.randomUUID();
        p.diary.client(someone);
        String anotherClient = p.diary.clientToken(someone);
        String elsewhere = p.diary.chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        String anotherTherapist = p.diary.chain.token("another-therapist", List.of(p.diary.chain.locationCode),
                "therapist");
        String otherTenant = TestTokens.issue("admin-x", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        p.proposals(anotherClient).then().statusCode(403);
        p.proposals(elsewhere).then().statusCode(200).body("items.size()", equalTo(0));
        p.proposals(anotherTherapist).then().statusCode(200).body("items.size()", equalTo(0));
        p.proposals(otherTenant).then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(p.diary.chain.receptionist).get("/api/v1/sessions/proposals")
                .then().statusCode(400).body("errors.field", hasItem("clientId"));
        for (String stranger : List.of(anotherClient, elsewhere, anotherTherapist, otherTenant)) {
            p.confirm(stranger, proposalId, null).then().statusCode(404).contentType("application/problem+json");
        }
        p.proposals(p.diary.chain.receptionist).then()
                .body("items[0].dates.status", equalTo(List.of("PROPOSED", "PROPOSED", "PROPOSED", "PROPOSED")));
    }

    @Test
    void aPlanNamingAClientThisChainDoesNotHaveGoesToTheDeadLetterTopic() {
        Planned p = new Planned();
        String json = p.plan(1, "ACTIVE", WEEKLY_THEN_FORTNIGHTLY).replace(p.diary.chain.clientId,
                UUID.randomUUID().toString());
        String id;
        try (TestEvents events = new TestEvents(LocalStackTestResource.kafkaBootstrapServers())) {
            id = events.publish(Topics.PLANS, PlanUpdated.TYPE, "/records", p.planId, p.diary.chain.tenant, json);
        }
        var dead = Diary.events(Topics.deadLetterOf(Topics.PLANS), r -> id.equals(TestEvents.header(r, CloudEventHeaders.ID)));
        assertEquals(1, dead.size());
    }
}
