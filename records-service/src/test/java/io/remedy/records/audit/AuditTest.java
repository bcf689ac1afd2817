package io.remedy.records.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.TestTokens;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AuditTest {

    @Test
    void everyReadWritesAnAuditEntryEvenWhenItFindsNothing() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            List<String> parts = List.of("intake", "intake/versions", "consents", "red-flags", "assessments", "plans",
                    "homework", "progress");
            as(clinic.therapist).get(clinic.client("intake")).then().statusCode(404);
            for (String part : parts.subList(1, parts.size())) {
                as(clinic.therapist).get(clinic.client(part)).then().statusCode(200);
            }
            as(clinic.manager).get(clinic.client("assessments")).then().statusCode(200);

            as(clinic.admin).get(clinic.client("audit") + "?limit=200").then().statusCode(200)
                    .body("items.resource", hasItems(parts.toArray()))
                    .body("items.findAll { it.actor == '" + clinic.therapistUser + "' }.action", everyItem(equalTo("READ")))
                    // each read once, and the fixture's own look at the consents when it waited for the booking
                    .body("items.findAll { it.actor == '" + clinic.therapistUser + "' }", hasSize(parts.size() + 1))
                    .body("items.find { it.resource == 'progress' }.actorRoles", equalTo(List.of("therapist")))
                    .body("items.find { it.resource == 'progress' }.actorLocations", equalTo(List.of("norwich")));
            as(clinic.admin).get(clinic.client("audit") + "?limit=200").then()
                    .body("items.findAll { it.actor.startsWith('manager-') }.resource", equalTo(List.of("assessments")));
        }
    }

    @Test
    void aChangeIsAuditedAndBadInputLeavesNoEntry() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            long before = Clinic.count("SELECT count(*) FROM clinical_audit WHERE client_id = ?", clinic.clientId);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 12))
                    .post(clinic.client("assessments")).then().statusCode(400);
            assertEquals(before, Clinic.count("SELECT count(*) FROM clinical_audit WHERE client_id = ?",
                    clinic.clientId));

            String id = as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments")).then().statusCode(201).extract().path("id");
            as(clinic.admin).get(clinic.client("audit")).then()
                    .body("items[0].action", equalTo("CREATE"))
                    .body("items[0].resource", equalTo("assessment/" + id))
                    .body("items[0].location", equalTo(clinic.locationCode))
                    .body("items[0].actor", equalTo(clinic.therapistUser));
        }
    }

    @Test
    void theClientReadsWhoAccessedTheirRecordAndPagesThroughIt() {
        try (Clinic clinic = Clinic.withBookedClient()) {
            for (int i = 0; i < 3; i++) {
                as(clinic.therapist).get(clinic.client("consents")).then().statusCode(200);
            }
            // the client sees who by name and role (a token without a name: the login name), not staff login ids
            String next = as(clinic.client).get(clinic.client("audit") + "?limit=2").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.actorName", hasItem(clinic.therapistUser))
                    .body("items.actorRole", hasItem("therapist"))
                    .body("items.actor", everyItem(nullValue()))
                    .extract().path("nextCursor");
            as(clinic.client).get(clinic.client("audit") + "?limit=2&cursor=" + next).then().statusCode(200)
                    .body("items", hasSize(2));
            as(clinic.client).get(clinic.client("audit") + "?cursor=not-ours").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
            as(clinic.therapist).get(clinic.client("audit")).then().statusCode(403);
            as(clinic.manager).get(clinic.client("audit")).then().statusCode(403);
        }
    }

    @Test
    void theTrailNamesTheActorTheirRoleAndTheDatasLocation() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String ana = TestTokens.issueNamed(clinic.therapistUser, "Ana Costa", clinic.tenant,
                    List.of(clinic.locationCode), "therapist");
            String assessment = as(ana).body(Map.of("locationId", clinic.locationId, "nrs", 5))
                    .post(clinic.client("assessments")).then().statusCode(201).extract().path("id");
            String plan = as(ana).body(Map.of("locationId", clinic.locationId, "reviewDate", "2026-12-18",
                            "phases", List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 6))))
                    .post(clinic.client("plans")).then().statusCode(201).extract().path("id");
            as(ana).get(clinic.client("assessments/" + assessment)).then().statusCode(200);
            as(ana).get(clinic.client("plans/" + plan)).then().statusCode(200);

            as(clinic.admin).get(clinic.client("audit") + "?limit=200").then().statusCode(200)
                    .body("items.find { it.resource == 'assessment/" + assessment + "' && it.action == 'READ' }"
                            + ".location", equalTo(clinic.locationCode))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.location", equalTo(clinic.locationCode))
                    .body("items.find { it.resource == 'plan/" + plan + "/v1' }.location",
                            equalTo(clinic.locationCode))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actorName", equalTo("Ana Costa"))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actorRole", equalTo("therapist"))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actor", equalTo(clinic.therapistUser));
            as(clinic.client).get(clinic.client("audit") + "?limit=200").then().statusCode(200)
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actorName", equalTo("Ana Costa"))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actorRole", equalTo("therapist"))
                    .body("items.find { it.resource == 'plan/" + plan + "' }.actor", nullValue());
        }
    }

    @Test
    void aRefusedLookAtTheRecordIsRecorded() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            String rita = TestTokens.issueNamed("reception-" + UUID.randomUUID(), "Rita Reeves", clinic.tenant,
                    List.of(clinic.locationCode), "receptionist");
            as(rita).get(clinic.client("assessments")).then().statusCode(403);
            as(clinic.otherTherapist).get(clinic.client("red-flags")).then().statusCode(403);
            as(clinic.otherManager).get(clinic.client("plans")).then().statusCode(403);

            as(clinic.admin).get(clinic.client("audit") + "?limit=200").then().statusCode(200)
                    .body("items.findAll { it.action == 'REFUSED' }.resource",
                            containsInAnyOrder("GET assessments", "GET red-flags", "GET plans"))
                    .body("items.find { it.resource == 'GET assessments' }.actorName", equalTo("Rita Reeves"))
                    .body("items.find { it.resource == 'GET assessments' }.actorRole", equalTo("receptionist"))
                    .body("items.find { it.resource == 'GET plans' }.actorRole", equalTo("branch-manager"));
            // another chain's id tells nothing and leaves nothing in this chain's trail
            as(clinic.receptionist).get(Clinic.BASE + "/clients/" + UUID.randomUUID() + "/assessments")
                    .then().statusCode(403);
        }
    }
}
