package io.remedy.notification.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionRescheduled;
import io.remedy.local.testing.LocalStackTestResource;
import io.remedy.notification.Fixture;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every confirmation, change and cancellation e-mail carries an invitation a calendar understands, read back here
 * with ical4j: the same UID throughout, a SEQUENCE that rises, the wall-clock time of the location on either side of
 * a daylight-saving change, its VTIMEZONE and its address.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL, initArgs = {
        @ResourceArg(name = "database", value = "notification"),
        @ResourceArg(name = "mail", value = "true"),
        @ResourceArg(name = "sms", value = "true")})
class SessionInvitationTest {

    static final String ADDRESS = "12 Quay Street\nNorwich NR1 1AA";
    /** Monday after the clocks went forward (28 March 2027): 09:00 UTC is 10:00 in London. */
    static final Instant AFTER_SPRING_CHANGE = Instant.parse("2027-03-29T09:00:00Z");
    /** Friday before the clocks go back (31 October 2027): 09:00 UTC is 10:00 in London. */
    static final Instant BEFORE_AUTUMN_CHANGE = Instant.parse("2027-10-29T09:00:00Z");
    /** Monday after: 10:00 UTC is 10:00 in London. */
    static final Instant AFTER_AUTUMN_CHANGE = Instant.parse("2027-11-01T10:00:00Z");

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

    @Test
    void aSessionsConfirmationChangeAndCancellationEachCarryItsInvitation() throws Exception {
        String email = Fixture.email("sam");
        UUID client = fixture.client(email, null, null, "en-GB");
        SessionBooked template = fixture.booked(client, "Europe/London", BEFORE_AUTUMN_CHANGE, null);
        SessionBooked booked = new SessionBooked(template.sessionId(), template.locationId(), template.locationCode(),
                template.locationName(), template.timeZone(), template.serviceId(), template.serviceName(), 60,
                template.therapistId(), template.therapistName(), null, template.roomId(), template.roomName(), client,
                null, BEFORE_AUTUMN_CHANGE, BEFORE_AUTUMN_CHANGE.plus(60, ChronoUnit.MINUTES), null, "reception",
                Instant.now(), ADDRESS, 0);
        fixture.publish(booked);

        Calendar confirmation = parse(awaitInvitations(email, 1).get(0));
        assertEquals("REQUEST", property(confirmation, Property.METHOD));
        VEvent event = event(confirmation);
        assertEquals(booked.sessionId() + "@remedy", event.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("Session: Remedial massage 60 min", event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Harbour Norwich, 12 Quay Street, Norwich NR1 1AA",
                event.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertLocal(event, Property.DTSTART, "20271029T100000", BEFORE_AUTUMN_CHANGE);
        assertLocal(event, Property.DTEND, "20271029T110000", BEFORE_AUTUMN_CHANGE.plus(1, ChronoUnit.HOURS));
        assertEquals("Europe/London", confirmation.getComponents(Component.VTIMEZONE).get(0)
                .getProperty(Property.TZID).orElseThrow().getValue());

        // moved across the change to winter time: the same 10:00 on the wall, an hour later in UTC
        SessionRescheduled.Slot before = new SessionRescheduled.Slot(booked.therapistId(), "Ana Costa", null,
                booked.roomId(), "Room 1", booked.startsAt(), booked.endsAt());
        SessionRescheduled.Slot after = new SessionRescheduled.Slot(booked.therapistId(), "Ana Costa", null,
                booked.roomId(), "Room 1", AFTER_AUTUMN_CHANGE, AFTER_AUTUMN_CHANGE.plus(60, ChronoUnit.MINUTES));
        fixture.publish(new SessionRescheduled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), "Europe/London", booked.serviceId(), booked.serviceName(), 60, client, null,
                before, after, "reception", Instant.now(), ADDRESS, 1));
        Calendar change = parse(awaitInvitations(email, 2).get(1));
        assertEquals("REQUEST", property(change, Property.METHOD));
        VEvent moved = event(change);
        assertEquals(booked.sessionId() + "@remedy", moved.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("1", moved.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertLocal(moved, Property.DTSTART, "20271101T100000", AFTER_AUTUMN_CHANGE);

        fixture.publish(new SessionCancelled(booked.sessionId(), booked.locationId(), booked.locationCode(),
                booked.locationName(), "Europe/London", booked.serviceId(), booked.serviceName(),
                booked.therapistId(), "Ana Costa", null, booked.roomId(), client, null, AFTER_AUTUMN_CHANGE,
                AFTER_AUTUMN_CHANGE.plus(60, ChronoUnit.MINUTES), SessionCancelled.Party.CLIENT, "sam", "CLIENT_REQUEST",
                false, Instant.now(), null, null, null, ADDRESS, 2));
        Calendar cancellation = parse(awaitInvitations(email, 3).get(2));
        assertEquals("CANCEL", property(cancellation, Property.METHOD));
        VEvent gone = event(cancellation);
        assertEquals(booked.sessionId() + "@remedy", gone.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("2", gone.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", gone.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    @Test
    void aSessionAfterTheSpringChangeIsAtItsSummerTimeWallClock() throws Exception {
        String email = Fixture.email("sam");
        UUID client = fixture.client(email, null, null, "en-GB");
        // from a producer that does not send the address or the revision yet
        fixture.publish(fixture.booked(client, "Europe/London", AFTER_SPRING_CHANGE, null));
        VEvent event = event(parse(awaitInvitations(email, 1).get(0)));
        assertLocal(event, Property.DTSTART, "20270329T100000", AFTER_SPRING_CHANGE);
        assertEquals("0", event.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("Harbour Norwich", event.getProperty(Property.LOCATION).orElseThrow().getValue());
    }

    private static void assertLocal(VEvent event, String name, String wallClock, Instant instant) {
        DateProperty<Temporal> property = event.<DateProperty<Temporal>>getProperty(name).orElseThrow();
        assertEquals(wallClock, property.getValue());
        assertEquals("Europe/London", property.getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null));
        assertEquals(instant, Instant.from(property.getDate()));
    }

    private static String property(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static List<String> awaitInvitations(String address, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> invitations(address), found -> found.size() >= count);
    }

    /** The text/calendar parts of the mails in the address's inbox, oldest first. */
    private static List<String> invitations(String address) throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect("127.0.0.1", LocalStackTestResource.imapPort(), address, address);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<String> found = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    collect(message, found);
                }
                return found;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    private static void collect(Part part, List<String> found) throws Exception {
        if (part.isMimeType("text/calendar")) {
            assertTrue(part.getContentType().toLowerCase().contains("method="), part.getContentType());
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                found.add(bytes.toString(StandardCharsets.UTF_8));
            }
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, found);
            }
        }
    }
}
