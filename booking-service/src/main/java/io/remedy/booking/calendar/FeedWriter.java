package io.remedy.booking.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A feed as an iCalendar object ({@code METHOD:PUBLISH}) written with ical4j: one event per session, its times in
 * its location's zone with that zone's {@code VTIMEZONE}. An event names the service and the place only: no client,
 * no notes, no hold reason.
 */
final class FeedWriter {

    static final String PRODUCT = "-//Remedy//Sessions//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private FeedWriter() {
    }

    /** One session as a feed shows it. */
    /** One session as a feed shows it; {@code changedAt} is the last change we know of (the event's DTSTAMP). */
    record Entry(UUID sessionId, int sequence, String serviceName, String locationName, String address,
                 String timeZone, Instant startsAt, Instant endsAt, boolean cancelled, Instant changedAt) {
    }

    /**
     * The feed's text. Written from the sessions alone (no clock), so the same sessions give the same bytes and the
     * feed's ETag, a hash of them, changes exactly when something shown changes.
     */
    static String write(String name, List<Entry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method("PUBLISH"));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        Map<String, TimeZone> zones = new LinkedHashMap<>();
        List<VEvent> events = new ArrayList<>();
        for (Entry entry : entries) {
            TimeZone zone = zones.computeIfAbsent(entry.timeZone() == null ? "UTC" : entry.timeZone(), FeedWriter::zone);
            ZonedDateTime start = ZonedDateTime.ofInstant(entry.startsAt(), zone.toZoneId());
            ZonedDateTime end = ZonedDateTime.ofInstant(entry.endsAt(), zone.toZoneId());
            VEvent event = new VEvent(start, end, entry.serviceName() == null ? "Session"
                    : "Session: " + entry.serviceName());
            event.replace(new DtStamp(entry.changedAt()));
            event.add(new Uid(entry.sessionId() + "@remedy"));
            event.add(new Sequence(entry.sequence()));
            event.add(new Status(entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
            String place = place(entry.locationName(), entry.address());
            if (place != null) {
                event.add(new Location(place));
            }
            events.add(event);
        }
        // each zone's definition before the events that name it
        zones.values().forEach(zone -> calendar.add(zone.getVTimeZone()));
        events.forEach(calendar::add);
        return calendar.toString();
    }

    private static TimeZone zone(String id) {
        TimeZone zone = ZONES.getTimeZone(id);
        return zone != null ? zone : ZONES.getTimeZone("UTC");
    }

    static String place(String name, String address) {
        String oneLine = address == null ? "" : address.strip().replaceAll("\\s*\\R\\s*", ", ");
        if (name == null || name.isBlank()) {
            return oneLine.isEmpty() ? null : oneLine;
        }
        return oneLine.isEmpty() ? name : name + ", " + oneLine;
    }
}
