package io.remedy.booking.session;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Who may change a session, and who may not even see it: role × location × tenant. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class SessionAccessRulesTest {

    private static final Map<String, Map<String, ?>> ACTIONS = Map.of(
            "reschedule", Map.of("startsAt", Diary.at(40, 10)),
            "cancel", Map.of("reason", "OTHER"),
            "check-in", Map.of(),
            "complete", Map.of(),
            "no-show", Map.of());

    @Test
    void strangersGet404ForEveryActionAndTheSessionIsUnchanged() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 10));
        String etag = diary.etag(id);
        List<String> strangers = List.of(
                diary.chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist"),
                diary.chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager"),
                diary.clientToken("another-client-" + UUID.randomUUID()),
                diary.chain.token("another-therapist", List.of(diary.chain.locationCode), "therapist"),
                TestTokens.issue("admin-x", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin"));
        for (String stranger : strangers) {
            Diary.get(stranger, id).then().statusCode(404);
            given().auth().oauth2(stranger).get("/api/v1/sessions/" + id + "/history").then().statusCode(404);
            ACTIONS.forEach((action, body) -> Diary.act(stranger, id, action, etag, body)
                    .then().statusCode(404).contentType("application/problem+json"));
        }
        Diary.get(diary.chain.admin, id).then().body("status", equalTo("BOOKED")).body("version", equalTo(0));
    }

    @Test
    void aClientMayCancelAndRescheduleTheirOwnButNotCheckInCompleteOrNoShow() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 10));
        for (String action : List.of("check-in", "complete", "no-show")) {
            diary.act(diary.clientToken(), id, action, ACTIONS.get(action)).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        diary.act(diary.clientToken(), id, "reschedule", Map.of("startsAt", Diary.at(30, 14))).then().statusCode(200);
        diary.act(diary.clientToken(), id, "cancel", ACTIONS.get("cancel")).then().statusCode(200);
    }

    @Test
    void aTherapistMayCompleteOrNoShowTheirOwnButNotMoveCancelOrCheckIn() {
        Diary diary = new Diary();
        String id = diary.booked(Diary.at(30, 10));
        for (String action : List.of("reschedule", "cancel", "check-in")) {
            diary.act(diary.therapistToken(), id, action, ACTIONS.get(action)).then().statusCode(403);
        }
        String attended = diary.started(Diary.ago(1, 10));
        diary.act(diary.therapistToken(), attended, "complete", null).then().statusCode(200);
        String other = diary.started(Diary.ago(2, 10));
        diary.act(diary.therapistToken(), other, "no-show", null).then().statusCode(200);
    }

    @Test
    void theFrontDeskOfTheLocationMayDoEverything() {
        Diary diary = new Diary();
        String manager = diary.manager();
        String moved = diary.booked(Diary.at(30, 10));
        diary.act(manager, moved, "reschedule", Map.of("startsAt", Diary.at(30, 14))).then().statusCode(200);
        diary.act(manager, moved, "cancel", Map.of("reason", "CLINIC_CLOSURE")).then().statusCode(200)
                .body("cancelledBy", equalTo("CLINIC"));
        String attended = diary.started(Diary.ago(1, 10));
        diary.act(diary.chain.admin, attended, "check-in", null).then().statusCode(200);
        diary.act(diary.chain.receptionist, attended, "complete", null).then().statusCode(200);
    }
}
