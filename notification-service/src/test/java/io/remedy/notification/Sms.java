package io.remedy.notification;

import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The local SMS-provider stub, as a test sees it: what it accepted, and faults to inject. */
public final class Sms {

    private Sms() {
    }

    /** Messages the provider accepted for a number, oldest first. */
    public static List<Map<String, Object>> to(String number) {
        return given().baseUri(LocalStackTestResource.smsUrl())
                .auth().oauth2(LocalStackTestResource.smsToken())
                .queryParam("to", number)
                .get("/v1/messages")
                .then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** The next {@code count} sends answer {@code status}. */
    public static void failNext(int count, int status) {
        faults("{\"failNext\": " + count + ", \"status\": " + status + ", \"down\": false}");
    }

    /** Every send answers 503 until {@link #up()}. */
    public static void down() {
        faults("{\"down\": true}");
    }

    public static void up() {
        faults("{\"failNext\": 0, \"down\": false}");
    }

    private static void faults(String body) {
        given().baseUri(LocalStackTestResource.smsUrl())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/v1/faults")
                .then().statusCode(200);
    }
}
