package io.remedy.booking.waitlist;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.remedy.booking.session.Diary;
import io.remedy.contracts.CloudEventHeaders;
import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.Topics;
import io.remedy.local.testing.EventSchemas;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.local.testing.TestEvents;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** With offers held for two seconds, a lapsed offer goes to the next waiting client. */
@QuarkusTest
@TestProfile(WaitlistExpiryTest.ShortHold.class)
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "booking"))
class WaitlistExpiryTest {

    /** Offers lapse after two seconds and are looked for every second. */
    public static class ShortHold implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("remedy.waitlist.hold", "PT2S", "remedy.waitlist.expiry-every", "1s");
        }
    }

    @Test
    void aLapsedOfferIsPublishedAsExpiredAndTheSlotIsOfferedToTheNextWaitingClient() {
        WaitlistTest.Waiting w = new WaitlistTest.Waiting();
        w.cancel();

        List<ConsumerRecord<String, String>> first = Diary.events(Topics.WAITLIST, w.firstEntry, 2);
        assertEquals(List.of(EventCatalogue.WAITLIST_OFFERED.type(), EventCatalogue.WAITLIST_OFFER_EXPIRED.type()),
                first.stream().map(r -> TestEvents.header(r, CloudEventHeaders.TYPE)).toList());
        EventSchemas.assertValid(EventCatalogue.WAITLIST_OFFER_EXPIRED, first.get(1).value());
        assertEquals("TIMED_OUT", new JsonPath(first.get(1).value()).getString("reason"));

        List<ConsumerRecord<String, String>> second = Diary.events(Topics.WAITLIST, w.secondEntry, 1);
        assertEquals(EventCatalogue.WAITLIST_OFFERED.type(), TestEvents.header(second.get(0), CloudEventHeaders.TYPE));
        assertEquals(Diary.instant(w.slot), new JsonPath(second.get(0).value()).getString("startsAt"));

        // the first client keeps waiting, without the lapsed offer
        JsonPath entry = given().auth().oauth2(w.diary.chain.receptionist).get("/api/v1/waitlist/" + w.firstEntry)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("WAITING", entry.getString("status"));
        assertEquals(null, entry.getString("offer"));
    }
}
