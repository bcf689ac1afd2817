package io.remedy.records.client;

import io.quarkus.test.junit.QuarkusTest;
import io.remedy.records.Clinic;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.remedy.records.Clinic.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ErasureTest {

    @Test
    void erasureRemovesThePersonalDataAndKeepsTheClinicalRecordFlagged() {
        try (Clinic clinic = Clinic.withConsentingClient()) {
            as(clinic.client).body(Map.of("occupation", "Ward nurse at St Anne's", "conditions", List.of("OSTEOARTHRITIS"),
                    "goals", List.of("Lift patients without pain"))).put(clinic.client("intake")).then().statusCode(201);
            as(clinic.therapist).body(Map.of("locationId", clinic.locationId, "nrs", 6))
                    .post(clinic.client("assessments")).then().statusCode(201);
            as(clinic.admin).get(clinic.client("export")).then().statusCode(200)
                    .body("client.givenName", equalTo("Sam"));

            clinic.erase();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(clinic.admin).get(clinic.client("export"))
                    .then().body("client.retainedAfterErasure", equalTo(true)));

            as(clinic.admin).get(clinic.client("export")).then().statusCode(200)
                    .body("client.givenName", nullValue())
                    .body("client.familyName", nullValue())
                    .body("client.email", nullValue())
                    .body("client.phone", nullValue())
                    .body("client.erasedAt", not(nullValue()))
                    .body("intake", hasSize(1))
                    .body("intake[0].answers.occupation", nullValue())
                    .body("intake[0].answers.conditions", contains("OSTEOARTHRITIS"))
                    .body("intake[0].retainedAfterErasure", equalTo(true))
                    .body("assessments", hasSize(1))
                    .body("assessments[0].nrs", equalTo(6))
                    .body("audit.actor", everyItem(not(equalTo(clinic.clientUser))))
                    .body("audit.find { it.action == 'ERASE' }.actorRoles", contains("system"));
            // the former login no longer opens the record; the clinicians keep it
            as(clinic.client).get(clinic.client("intake")).then().statusCode(403);
            as(clinic.therapist).get(clinic.client("intake")).then().statusCode(200);
        }
    }
}
