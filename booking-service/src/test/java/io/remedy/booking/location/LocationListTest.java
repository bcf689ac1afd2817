package io.remedy.booking.location;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.ListPages;
import io.remedy.local.testing.LocalStackTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A chain's locations and a location's rooms are lists like any other: {items, nextCursor}, a page at a time. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class LocationListTest {

    private static final String LOCATIONS = "/api/v1/locations";

    private static List<Object> codes(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("code")).toList();
    }

    @Test
    void locationsComeInCodeOrderAPageAtATime() {
        Chain chain = new Chain();
        chain.addLocation("zeta", "Europe/London");
        chain.addLocation("alpha", "Europe/Madrid");
        chain.addLocation("mid", "America/New_York");
        List<String> inOrder = List.of("alpha", chain.locationCode, "mid", "zeta");

        given().auth().oauth2(chain.receptionist).get(LOCATIONS).then().statusCode(200)
                .body("items.code", equalTo(inOrder))
                .body("items[0].timeZone", equalTo("Europe/Madrid"))
                .body("nextCursor", nullValue());
        assertEquals(inOrder, codes(ListPages.readAll(chain.receptionist, LOCATIONS, 1)));
        assertEquals(inOrder, codes(ListPages.readAll(chain.admin, LOCATIONS, 3)));
        assertEquals(inOrder, codes(ListPages.readAll(chain.admin, LOCATIONS, 500)));
    }

    @Test
    void aNextPageNeitherRepeatsNorSkipsWhenLocationsOpenMeanwhile() {
        Chain chain = new Chain();
        chain.addLocation("mid", "Europe/London");
        chain.addLocation("zeta", "Europe/London");
        JsonPath first = ListPages.page(chain.admin, LOCATIONS, 2, null);
        assertEquals(List.of(chain.locationCode, "mid"), first.getList("items.code"));
        assertNotNull(first.getString("nextCursor"));

        chain.addLocation("alpha", "Europe/London"); // before the cursor: on no later page
        chain.addLocation("zulu", "Europe/London"); // after it: on the next page
        JsonPath second = ListPages.page(chain.admin, LOCATIONS, 2, first.getString("nextCursor"));
        assertEquals(List.of("zeta", "zulu"), second.getList("items.code"));
        assertNull(second.getString("nextCursor"));
    }

    @Test
    void roomsComeInNameOrderAPageAtATime() {
        Chain chain = new Chain();
        chain.addRoom(chain.locationId, "Cupping room");
        chain.addRoom(chain.locationId, "Attic");
        String elsewhere = chain.addLocation("other", "Europe/London");
        chain.addRoom(elsewhere, "Basement");
        String rooms = LOCATIONS + "/" + chain.locationId + "/rooms";
        List<String> inOrder = List.of("Attic", "Cupping room", "Room A", "Room B");

        given().auth().oauth2(chain.receptionist).get(rooms).then().statusCode(200)
                .body("items.name", equalTo(inOrder))
                .body("items.id[2]", equalTo(chain.roomA))
                .body("nextCursor", nullValue());
        List<Map<String, Object>> paged = ListPages.readAll(chain.receptionist, rooms, 3);
        assertEquals(inOrder, paged.stream().map(room -> room.get("name")).toList());
        assertEquals(List.of("Basement"), ListPages.readAll(chain.admin, LOCATIONS + "/" + elsewhere + "/rooms", 1)
                .stream().map(room -> room.get("name")).toList());
    }

    @Test
    void aBadLimitOrCursorIs400NamingIt() {
        Chain chain = new Chain();
        ListPages.refusesBadLimitAndCursor(chain.receptionist, LOCATIONS);
        ListPages.refusesBadLimitAndCursor(chain.receptionist, LOCATIONS + "/" + chain.locationId + "/rooms");
        given().auth().oauth2(chain.admin).get(LOCATIONS + "/" + UUID.randomUUID() + "/rooms")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
