package io.remedy.booking.therapist;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.booking.Chain;
import io.remedy.booking.ListPages;
import io.remedy.local.testing.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chain's therapists are a list like any other: {items, nextCursor}, a page at a time, namesakes included. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class TherapistListTest {

    private static final String THERAPISTS = "/api/v1/therapists";

    private static List<Object> ids(List<Map<String, Object>> items) {
        return items.stream().map(item -> item.get("id")).toList();
    }

    @Test
    void therapistsComeInNameOrderAPageAtATimeNamesakesByTheirIds() {
        Chain chain = new Chain();
        String sam = chain.addTherapist("Sam Lee");
        String ben = chain.addTherapist("Ben Okafor");
        String otherSam = chain.addTherapist("Sam Lee");
        List<String> namesakes = Stream.of(sam, otherSam).sorted().toList();
        List<String> inOrder = List.of(chain.therapistId, ben, namesakes.get(0), namesakes.get(1));

        given().auth().oauth2(chain.receptionist).get(THERAPISTS).then().statusCode(200)
                .body("items.id", equalTo(inOrder))
                .body("items.displayName", equalTo(List.of("Ana Costa", "Ben Okafor", "Sam Lee", "Sam Lee")))
                .body("nextCursor", nullValue());
        // a page may end between two namesakes: the next one starts at the other, never again at the first
        assertEquals(inOrder, ids(ListPages.readAll(chain.receptionist, THERAPISTS, 1)));
        assertEquals(inOrder, ids(ListPages.readAll(chain.admin, THERAPISTS, 3)));
        String client = chain.token(chain.clientUser, List.of(), "client");
        List<Map<String, Object>> seenByClient = ListPages.readAll(client, THERAPISTS, 2);
        assertEquals(inOrder, ids(seenByClient));
        given().auth().oauth2(client).queryParam("limit", 2).get(THERAPISTS).then().statusCode(200)
                .body("items", everyItem(not(hasKey("email"))));
    }

    @Test
    void aBadLimitOrCursorIs400NamingIt() {
        Chain chain = new Chain();
        ListPages.refusesBadLimitAndCursor(chain.receptionist, THERAPISTS);
    }
}
