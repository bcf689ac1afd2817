package io.remedy.notification.calendar;

import java.time.Instant;
import java.util.UUID;

/**
 * A session as a calendar invitation: the client's calendar files it under {@code UID}, replaces it when a
 * {@code REQUEST} with a higher {@code SEQUENCE} comes, and removes it on {@code CANCEL}.
 *
 * @param cancelled  true for a cancellation ({@code METHOD:CANCEL})
 * @param sessionId  the session, whose id makes the {@code UID}
 * @param sequence   the session's revision; every change raises it
 * @param title      what the calendar shows, e.g. "Remedial massage 60 min at Harbour Norwich"
 * @param startsAt   start of the session
 * @param endsAt     end of the session
 * @param timeZone   the location's zone (IANA id), in which times are written, with its {@code VTIMEZONE}
 * @param location   the location's name and address, as one text
 */
public record Invitation(boolean cancelled, UUID sessionId, int sequence, String title, Instant startsAt,
                         Instant endsAt, String timeZone, String location) {

    /** The {@code UID} of a session's event, the same in every invitation and feed. */
    public String uid() {
        return sessionId + "@remedy";
    }
}
