package io.remedy.records.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
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
    void aChangeIsAuditedAndARefusedRequestLeavesNoEntry() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            long before = Clinic.count("SELECT count(*) FROM clinical_audit WHERE client_id = ?", clinic.clientId);
            as(clinic.receptionist).get(clinic.client("assessments")).then().statusCode(403);
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
            String next = as(clinic.client).get(clinic.client("audit") + "?limit=2").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.actor", hasItem(clinic.therapistUser))
                    .extract().path("nextCursor");
            as(clinic.client).get(clinic.client("audit") + "?limit=2&cursor=" + next).then().statusCode(200)
                    .body("items", hasSize(2));
            as(clinic.client).get(clinic.client("audit") + "?cursor=not-ours").then().statusCode(400)
                    .body("errors[0].field", equalTo("cursor"));
            as(clinic.therapist).get(clinic.client("audit")).then().statusCode(403);
            as(clinic.manager).get(clinic.client("audit")).then().statusCode(403);
        }
    }
}
