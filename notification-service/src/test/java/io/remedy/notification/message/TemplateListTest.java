package io.remedy.notification.message;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import io.remedy.platform.paging.Cursor;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kinds of message are a list like any other: {items, nextCursor}, a page at a time in a fixed order. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class TemplateListTest {

    static final String PATH = TemplatePreviewTest.PATH;

    @Inject
    ObjectMapper json;

    private Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(json);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private static JsonPath page(String token, int limit, String cursor) {
        RequestSpecification request = given().auth().oauth2(token).queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyKindComesOnceInAFixedOrderAPageAtATime() {
        String admin = fixture.admin();
        List<String> inOrder = Arrays.stream(MessageKind.values()).map(Enum::name).toList();
        given().auth().oauth2(admin).get(PATH).then().statusCode(200)
                .body("items.kind", equalTo(inOrder))
                .body("nextCursor", nullValue());

        for (int limit : new int[] {1, 4, inOrder.size() - 1}) {
            List<String> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonPath page = page(admin, limit, cursor);
                List<String> kinds = page.getList("items.kind");
                assertTrue(!kinds.isEmpty() && kinds.size() <= limit, "a page holds 1 to " + limit + " kinds");
                paged.addAll(kinds);
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages <= inOrder.size());
            assertEquals(inOrder, paged, "read " + limit + " at a time");
            assertEquals((inOrder.size() + limit - 1) / limit, pages);
        }
        JsonPath last = page(admin, 500, Cursor.of(inOrder.get(inOrder.size() - 2)));
        assertEquals(List.of(inOrder.get(inOrder.size() - 1)), last.getList("items.kind"));
        assertNull(last.getString("nextCursor"));
    }

    @Test
    void aBadLimitOrCursorIs400NamingIt() {
        String admin = fixture.admin();
        for (String limit : List.of("0", "-1", "501", "ten", "1.5")) {
            given().auth().oauth2(admin).queryParam("limit", limit).get(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        for (String cursor : List.of("not a cursor!", Cursor.of("LOVE_LETTER"), Cursor.of("HOMEWORK", "HOMEWORK"),
                Cursor.of("homework"))) {
            given().auth().oauth2(admin).queryParam("cursor", cursor).get(PATH)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("cursor"));
        }
    }
}
