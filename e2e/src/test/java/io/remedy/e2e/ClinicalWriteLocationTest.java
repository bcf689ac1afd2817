package io.remedy.e2e;

import io.remedy.e2e.AuthorisationMatrix.Scope;
import io.remedy.e2e.MatrixPlaces.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/**
 * A therapist writes clinical records only at a location they may act at: every records write that names a location
 * is refused (403, naming {@code locationId}) when the location is another branch of their chain, even for a client
 * they treat. Ben works at Jupiter; Norwich's id in his Jupiter client's record would open it to Norwich's manager.
 */
class ClinicalWriteLocationTest {

    private static MatrixPlaces places;

    @BeforeAll
    static void platform() {
        Platform.stack();
        places = MatrixPlaces.shared();
    }

    @Test
    void everyRecordsWriteNamingAnotherBranchIsRefused() {
        Place own = places.place("ben", Scope.OWN);
        String ben = own.therapistUser();
        String norwich = places.place("ben", Scope.OTHER_LOCATION).id("location");
        String record = "/api/v1/records/clients/" + own.id("client");
        String reviewDate = LocalDate.now(own.zone()).plusWeeks(6).toString();
        List<Map<String, Object>> phases = List.of(Map.of("name", "Relief", "intervalWeeks", 1, "sessionCount", 2));

        Map<String, Map<String, Object>> creations = Map.of(
                record + "/assessments", Map.of("locationId", norwich, "nrs", 4),
                record + "/red-flags", Map.of("locationId", norwich, "findings", List.of("NIGHT_PAIN")),
                record + "/plans", Map.of("locationId", norwich, "phases", phases, "reviewDate", reviewDate));
        creations.forEach((path, body) -> Api.as(ben).body(body).post(path)
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("locationId")));

        String plan = record + "/plans/" + own.id("plan");
        String version = Api.as(ben).get(plan).then().statusCode(200).extract().header("ETag");
        Api.as(ben).header("If-Match", version).body(Map.of("locationId", norwich, "status", "ACTIVE",
                        "phases", phases, "reviewDate", reviewDate, "changeReason", "OTHER"))
                .put(plan).then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("locationId"));

        // the Norwich manager still cannot open Ben's Jupiter client
        Api.as("manager.norwich@harbour.test").get(record + "/plans").then().statusCode(403);
    }
}
