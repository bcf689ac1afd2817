package io.remedy.notification.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Writes an {@link Invitation} as an iCalendar object (RFC 5545/5546) with ical4j: the session's times in the
 * location's zone with that zone's {@code VTIMEZONE}, so a calendar shows the right wall-clock time across a
 * daylight-saving change, wherever it is.
 */
public final class InvitationWriter {

    static final String PRODUCT = "-//Remedy//Sessions//EN";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private InvitationWriter() {
    }

    /** The invitation as text/calendar; {@code organizer} and {@code attendee} are e-mail addresses (may be null). */
    public static String write(Invitation invitation, String organizer, String attendee, Instant now) {
        TimeZone zone = ZONES.getTimeZone(invitation.timeZone() == null ? "UTC" : invitation.timeZone());
        if (zone == null) {
            zone = ZONES.getTimeZone("UTC");
        }
        ZonedDateTime start = ZonedDateTime.ofInstant(invitation.startsAt(), zone.toZoneId());
        ZonedDateTime end = ZonedDateTime.ofInstant(invitation.endsAt(), zone.toZoneId());
        VEvent event = new VEvent(start, end, invitation.title());
        event.replace(new DtStamp(now));
        event.add(new Uid(invitation.uid()));
        event.add(new Sequence(invitation.sequence()));
        event.add(new Status(invitation.cancelled() ? "CANCELLED" : "CONFIRMED"));
        if (invitation.location() != null && !invitation.location().isBlank()) {
            event.add(new Location(invitation.location()));
        }
        if (organizer != null && !organizer.isBlank()) {
            event.add(new Organizer(URI.create("mailto:" + organizer)));
        }
        if (attendee != null && !attendee.isBlank()) {
            event.add(new Attendee(URI.create("mailto:" + attendee)));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(invitation.cancelled() ? "CANCEL" : "REQUEST"));
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}
