package io.remedy.booking.hire;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Race;
import io.remedy.booking.session.Diary;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class RoomHireTest {

    private static String hires(Diary diary, String roomId) {
        return "/api/v1/locations/" + diary.chain.locationId + "/rooms/" + roomId + "/hires";
    }

    private static Map<String, Object> hire(String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("practitionerName", "Jo Reed (Pilates)", "startsAt", startsAt,
                "endsAt", endsAt));
        body.put("note", "brings own mats");
        return body;
    }

    private static Response post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path);
    }

    @Test
    void aHireBlocksSessionsInItsRoom() {
        Diary diary = new Diary();
        String path = hires(diary, diary.chain.roomA);
        post(diary.manager(), path, hire(Diary.at(30, 9), Diary.at(30, 12)))
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("ACTIVE"))
                .body("practitionerName", equalTo("Jo Reed (Pilates)"));

        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(30, 10), diary.chain.roomA))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("roomId"));
        // without a room asked for, the free room is taken
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(30, 10), null))
                .then().statusCode(201)
                .body("roomId", equalTo(diary.chain.roomB));
    }

    @Test
    void aSessionBlocksHiresOfItsRoom() {
        Diary diary = new Diary();
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(30, 10), diary.chain.roomA))
                .then().statusCode(201);
        post(diary.manager(), hires(diary, diary.chain.roomA), hire(Diary.at(30, 9), Diary.at(30, 11)))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("roomId"));
        post(diary.manager(), hires(diary, diary.chain.roomB), hire(Diary.at(30, 9), Diary.at(30, 11)))
                .then().statusCode(201);
    }

    @Test
    void twoHiresOfOneRoomNeverOverlapAndACancelledHireFreesTheRoom() {
        Diary diary = new Diary();
        String path = hires(diary, diary.chain.roomA);
        String id = post(diary.manager(), path, hire(Diary.at(30, 9), Diary.at(30, 12)))
                .then().statusCode(201).extract().path("id");
        post(diary.chain.admin, path, hire(Diary.at(30, 11), Diary.at(30, 13))).then().statusCode(409);

        given().auth().oauth2(diary.manager()).delete(path + "/" + id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(diary.manager()).delete(path + "/" + id).then().statusCode(409);
        Diary.book(diary.chain.receptionist, diary.chain.booking(Diary.at(30, 10), diary.chain.roomA))
                .then().statusCode(201);
    }

    @Test
    void tenRoundsOfHiresAndBookingsRacingForOneRoomHaveOneWinnerEachAndNo5xx()
            throws Exception {
        Diary diary = new Diary();
        int each = 20;
        List<String> therapists = new ArrayList<>(List.of(diary.chain.therapistId));
        while (therapists.size() < each) {
            therapists.add(diary.chain.addTherapist("Therapist " + therapists.size()));
        }
        List<String> clients = IntStream.range(0, each)
                .mapToObj(i -> diary.client("hirer-" + i + "-" + diary.chain.tenant)).toList();
        String path = hires(diary, diary.chain.roomA);
        String manager = diary.manager();
        try (Race race = new Race(2 * each)) {
            for (int round = 0; round < 10; round++) {
                String from = Diary.at(30 + round, 9);
                String until = Diary.at(30 + round, 11);
                String inside = Diary.at(30 + round, 10);
                List<Callable<Response>> contenders = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    Map<String, Object> hire = hire(from, until);
                    hire.put("practitionerName", "Practitioner " + i);
                    contenders.add(() -> post(manager, path, hire));
                    Map<String, Object> booking = diary.bookingOf(clients.get(i), therapists.get(i), inside,
                            diary.chain.roomA);
                    contenders.add(() -> Diary.book(diary.chain.receptionist, booking));
                }
                race.round(contenders, r -> r.statusCode() == 201,
                        r -> r.statusCode() == 201 || Race.refusedAsTaken(r, "roomId"));
            }
            race.report("hire race");
        }
    }

    @Test
    void theFrontDeskListsHiresByStartWithACursor() {
        Diary diary = new Diary();
        String path = hires(diary, diary.chain.roomA);
        String first = post(diary.manager(), path, hire(Diary.at(30, 8), Diary.at(30, 9)))
                .then().statusCode(201).extract().path("id");
        String second = post(diary.manager(), path, hire(Diary.at(31, 8), Diary.at(31, 9)))
                .then().statusCode(201).extract().path("id");
        Response page = given().auth().oauth2(diary.chain.receptionist).queryParam("limit", 1).get(path);
        page.then().statusCode(200).body("items.id", equalTo(List.of(first)));
        given().auth().oauth2(diary.chain.receptionist).queryParam("cursor", page.jsonPath().getString("nextCursor"))
                .get(path).then().statusCode(200)
                .body("items.id", equalTo(List.of(second)))
                .body("nextCursor", equalTo(null));
        given().auth().oauth2(diary.chain.receptionist).get(path + "/" + first).then().statusCode(200)
                .body("note", equalTo("brings own mats"));
    }

    @Test
    void theFrontDeskListsTheHiresOfEveryRoomOfTheLocationInOneCall() {
        Diary diary = new Diary();
        String inA = post(diary.manager(), hires(diary, diary.chain.roomA), hire(Diary.at(30, 8), Diary.at(30, 9)))
                .then().statusCode(201).extract().path("id");
        String inB = post(diary.manager(), hires(diary, diary.chain.roomB), hire(Diary.at(30, 10), Diary.at(30, 11)))
                .then().statusCode(201).extract().path("id");
        post(diary.manager(), hires(diary, diary.chain.roomB), hire(Diary.at(31, 10), Diary.at(31, 11)))
                .then().statusCode(201);
        String location = "/api/v1/locations/" + diary.chain.locationId + "/hires";

        given().auth().oauth2(diary.chain.receptionist)
                .queryParam("from", Diary.at(30, 0)).queryParam("to", Diary.at(30, 23))
                .get(location).then().statusCode(200)
                .body("items.id", equalTo(List.of(inA, inB)))
                .body("items.roomId", equalTo(List.of(diary.chain.roomA, diary.chain.roomB)));
        given().auth().oauth2(diary.clientToken()).get(location).then().statusCode(403)
                .contentType("application/problem+json");
        String elsewhere = diary.chain.token("reception-elsewhere", List.of("elsewhere"), "receptionist");
        given().auth().oauth2(elsewhere).get(location).then().statusCode(403);
        String otherTenant = TestTokens.issue("admin-x", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherTenant).get(location).then().statusCode(404);
        given().auth().oauth2(diary.chain.receptionist)
                .queryParam("from", Diary.at(30, 12)).queryParam("to", Diary.at(30, 9))
                .get(location).then().statusCode(400).body("errors.field", hasItem("to"));
    }

    @Test
    void badHiresAre400sNamingTheField() {
        Diary diary = new Diary();
        String path = hires(diary, diary.chain.roomA);
        post(diary.manager(), path, hire(Diary.at(30, 12), Diary.at(30, 9)))
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
        post(diary.manager(), path, hire("2020-01-01T09:00:00Z", "2020-01-01T10:00:00Z"))
                .then().statusCode(400).body("errors.field", hasItem("endsAt"));
        Map<String, Object> nameless = hire(Diary.at(30, 9), Diary.at(30, 10));
        nameless.remove("practitionerName");
        post(diary.manager(), path, nameless).then().statusCode(400).body("errors.field", hasItem("practitionerName"));
        post(diary.manager(), path, hire("soon", Diary.at(30, 10))).then().statusCode(400);
        given().auth().oauth2(diary.manager()).get(path).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void onlyManagersAndAdminsHireOutAndOnlyTheFrontDeskSeesHires() {
        Diary diary = new Diary();
        String path = hires(diary, diary.chain.roomA);
        Map<String, Object> body = hire(Diary.at(30, 9), Diary.at(30, 10));
        post(diary.chain.receptionist, path, body).then().statusCode(403).contentType("application/problem+json");
        post(diary.clientToken(), path, body).then().statusCode(403);
        post(diary.therapistToken(), path, body).then().statusCode(403);
        String elsewhere = diary.chain.token("manager-elsewhere", List.of("elsewhere"), "branch-manager");
        post(elsewhere, path, body).then().statusCode(403);
        String id = post(diary.manager(), path, body).then().statusCode(201).extract().path("id");

        given().auth().oauth2(diary.chain.receptionist).get(path).then().statusCode(200).body("items.id", hasItem(id));
        given().auth().oauth2(diary.clientToken()).get(path).then().statusCode(403);
        given().auth().oauth2(elsewhere).get(path).then().statusCode(403);
        given().auth().oauth2(diary.chain.receptionist).delete(path + "/" + id).then().statusCode(403);

        String otherTenant = TestTokens.issue("admin-x", "t-" + UUID.randomUUID(), List.of("*"), "chain-admin");
        given().auth().oauth2(otherTenant).get(path).then().statusCode(404);
        given().auth().oauth2(otherTenant).delete(path + "/" + id).then().statusCode(404);
        post(otherTenant, path, hire(Diary.at(30, 11), Diary.at(30, 12))).then().statusCode(404);
        given().auth().oauth2(diary.chain.admin).get(path + "/" + id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void aRoomOfAnotherLocationIsNotFound() {
        Diary diary = new Diary();
        String other = diary.chain.addLocation("other" + Math.abs(diary.chain.tenant.hashCode() % 1000), "Europe/London");
        String path = "/api/v1/locations/" + other + "/rooms/" + diary.chain.roomA + "/hires";
        post(diary.chain.admin, path, hire(Diary.at(30, 9), Diary.at(30, 10))).then().statusCode(404);
    }
}
