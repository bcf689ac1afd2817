package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The clinic's rules of the diary's time: nobody books a session in the past; check-in opens a per-location window
 * before the start, completion and no-show only at the start; who cancelled follows the reason.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class DiaryRulesTest {

    @Test
    void checkInCompletionAndNoShowWeeksBeforeTheStartAre409NamingStartsAtAndChangeNothing() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(21, 10));
        for (String action : List.of("check-in", "complete", "no-show")) {
            diary.act(diary.chain.receptionist, id, action, null).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("startsAt"));
        }
        diary.act(diary.therapistToken(), id, "complete", null).then().statusCode(409);
        Diary.get(diary.chain.admin, id).then().body("status", equalTo("BOOKED")).body("version", equalTo(0));
    }

    @Test
    void checkInOpensTheLocationsWindowBeforeTheStartAndCompletionOnlyAtTheStart() {
        Diary diary = new Diary();
        String inAnHour = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(61).truncatedTo(ChronoUnit.MINUTES).toString();
        String id = diary.booked(inAnHour);
        // the default window: 30 minutes
        diary.act(diary.chain.receptionist, id, "check-in", null).then().statusCode(409)
                .body("errors.field", hasItem("startsAt"));

        String location = "/api/v1/locations/" + diary.chain.locationId;
        given().auth().oauth2(diary.chain.admin).contentType(ContentType.JSON)
                .header("If-Match", diary.chain.etag(location))
                .body(Map.of("name", "Branch " + diary.chain.locationCode, "timeZone", "Europe/London",
                        "noticeHours", 24, "checkInOpensMinutesBefore", 120))
                .put(location).then().statusCode(200).body("checkInOpensMinutesBefore", equalTo(120));

        diary.act(diary.chain.receptionist, id, "check-in", null).then().statusCode(200)
                .body("status", equalTo("CHECKED_IN"));
        diary.act(diary.therapistToken(), id, "complete", null).then().statusCode(409)
                .body("errors.field", hasItem("startsAt"));
    }

    @Test
    void aNewLocationOpensCheckInThirtyMinutesBeforeTheStart() {
        Diary diary = new Diary();
        given().auth().oauth2(diary.chain.admin).get("/api/v1/locations/" + diary.chain.locationId)
                .then().statusCode(200).body("checkInOpensMinutesBefore", equalTo(30));
    }

    @Test
    void aSessionThatHasStartedMayBeCheckedInCompletedOrMarkedANoShow() {
        Diary diary = new Diary();
        String attended = diary.started(Diary.ago(1, 10));
        diary.act(diary.chain.receptionist, attended, "check-in", null).then().statusCode(200);
        diary.act(diary.therapistToken(), attended, "complete", null).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        String missed = diary.started(Diary.ago(1, 14));
        diary.act(diary.chain.receptionist, missed, "no-show", null).then().statusCode(200)
                .body("status", equalTo("NO_SHOW"));
    }

    @Test
    void nobodyBooksASessionInThePast422NamingStartsAtAndNothingIsBooked() {
        Diary diary = new Diary();
        String yesterday = Diary.ago(1, 10);
        for (String token : List.of(diary.clientToken(), diary.chain.receptionist, diary.chain.admin)) {
            Diary.book(token, diary.chain.booking(yesterday, null)).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("startsAt"));
        }
        given().auth().oauth2(diary.chain.admin).queryParam("from", Diary.ago(2, 0)).queryParam("to", Diary.at(0, 0))
                .get("/api/v1/sessions").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void onlyAChainAdminRecordsAPastSessionAndOnlyOneThatHasStarted() {
        Diary diary = new Diary();
        for (String token : List.of(diary.chain.receptionist, diary.manager(), diary.clientToken())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(diary.chain.booking(Diary.ago(1, 10), null))
                    .post("/api/v1/sessions/past").then().statusCode(403);
        }
        given().auth().oauth2(diary.chain.admin).contentType(ContentType.JSON)
                .body(diary.chain.booking(Diary.at(3, 10), null))
                .post("/api/v1/sessions/past").then().statusCode(422).body("errors.field", hasItem("startsAt"));
    }

    @Test
    void aStaffCancellationAtTheClientsRequestIsRecordedAsTheClients() {
        Diary diary = new Diary();
        String asked = diary.booked(Diary.at(30, 10));
        diary.act(diary.chain.receptionist, asked, "cancel", Map.of("reason", "CLIENT_REQUEST")).then().statusCode(200)
                .body("cancelledBy", equalTo("CLIENT"));
        String ill = diary.booked(Diary.at(31, 10));
        diary.act(diary.manager(), ill, "cancel", Map.of("reason", "ILLNESS")).then().statusCode(200)
                .body("cancelledBy", equalTo("CLIENT"));
        String closed = diary.booked(Diary.at(32, 10));
        diary.act(diary.chain.receptionist, closed, "cancel", Map.of("reason", "CLINIC_CLOSURE")).then().statusCode(200)
                .body("cancelledBy", equalTo("CLINIC"));
    }
}
