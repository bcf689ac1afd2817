package io.remedy.booking.catalogue;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chain's catalogue is a list like any other: {items, nextCursor}, a page at a time, each service whole. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class ServiceListTest {

    private static final String SERVICES = "/api/v1/services";

    @Test
    void servicesComeInNameOrderAPageAtATimeWithWhoOffersThemAndTheirPrices() {
        Chain chain = new Chain();
        chain.addService("Deep tissue 60 min", 60, 15, 8000);
        String nobodys = Chain.create(chain.admin, SERVICES, Map.of("name", "Hot stones 30 min",
                "durationMinutes", 30, "bufferMinutes", 10, "priceCents", 4500, "currency", "GBP",
                "therapistIds", List.of(),
                "locationPrices", List.of(Map.of("locationId", chain.locationId, "priceCents", 5000))));
        chain.addService("Assessment 75 min", 75, 15, 9000);
        List<String> inOrder = List.of("Assessment 75 min", "Deep tissue 60 min", "Hot stones 30 min",
                "Remedial massage 60 min");

        String client = chain.token(chain.clientUser, List.of(), "client");
        List<Map<String, Object>> whole = given().auth().oauth2(client).get(SERVICES).then().statusCode(200)
                .body("items.name", equalTo(inOrder))
                .body("items.find { it.id == '" + nobodys + "' }.therapistIds", equalTo(List.of()))
                .body("items.find { it.id == '" + nobodys + "' }.locationPrices[0].priceCents", equalTo(5000))
                .body("items.find { it.id == '" + chain.serviceId + "' }.therapistIds",
                        equalTo(List.of(chain.therapistId)))
                .body("nextCursor", nullValue())
                .extract().jsonPath().getList("items");
        // a page shows each of its services as the whole list does: who offers it and its prices included
        assertEquals(whole, ListPages.readAll(client, SERVICES, 1));
        assertEquals(whole, ListPages.readAll(chain.admin, SERVICES, 3));
    }

    @Test
    void aBadLimitOrCursorIs400NamingIt() {
        Chain chain = new Chain();
        ListPages.refusesBadLimitAndCursor(chain.admin, SERVICES);
    }
}
