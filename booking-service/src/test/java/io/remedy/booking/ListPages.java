package io.remedy.booking;

import io.remedy.platform.paging.Cursor;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads a list of the API as a front end does: page after page, passing each page's nextCursor back as cursor. */
public final class ListPages {

    private ListPages() {
    }

    /** One page of the list at {@code path}: {@code limit} items at most, after {@code cursor} (null: the first). */
    public static JsonPath page(String token, String path, int limit, String cursor) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    /** Every item of the list at {@code path}, read {@code limit} at a time until nextCursor is null. */
    public static List<Map<String, Object>> readAll(String token, String path, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonPath page = page(token, path, limit, cursor);
            List<Map<String, Object>> shown = page.getList("items");
            assertTrue(shown.size() <= limit, "a page of " + path + " holds at most " + limit);
            assertTrue(!shown.isEmpty() || pages == 0, "a page after a nextCursor is never empty");
            items.addAll(shown);
            cursor = page.getString("nextCursor");
            pages++;
            assertTrue(pages <= 1_000, "the pages of " + path + " end");
        } while (cursor != null);
        return items;
    }

    /**
     * A limit out of range or not a whole number, and a cursor the list did not give (random text, cut, edited),
     * are each a 400 problem naming the parameter.
     */
    public static void refusesBadLimitAndCursor(String token, String path) {
        for (String limit : List.of("0", "-1", "501", "ten", "1.5")) {
            given().auth().oauth2(token).queryParam("limit", limit).get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        for (String cursor : List.of("not a cursor!", Cursor.of("norwich"), Cursor.of("Room A", "not-an-id"),
                Cursor.of("Room A", "6F9619FF-8B86-D011-B42D-00C04FC964FF"))) {
            given().auth().oauth2(token).queryParam("cursor", cursor).get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("cursor"));
        }
    }
}
