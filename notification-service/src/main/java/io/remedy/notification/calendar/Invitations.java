package io.remedy.notification.calendar;

import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionRescheduled;

import java.time.Instant;

/** The invitation each session event's e-mail carries. */
public final class Invitations {

    /** Start of the fallback count for events without a revision: seconds since then only grow. */
    private static final Instant FALLBACK_EPOCH = Instant.parse("2024-01-01T00:00:00Z");

    private Invitations() {
    }

    public static Invitation booked(SessionBooked booked) {
        return new Invitation(false, booked.sessionId(), booked.sequence() == null ? 0 : booked.sequence(),
                title(booked.serviceName()), booked.startsAt(), booked.endsAt(), booked.timeZone(),
                place(booked.locationName(), booked.locationAddress()));
    }

    /** Null when the event does not say where the session is now. */
    public static Invitation rescheduled(SessionRescheduled moved) {
        if (moved.current() == null) {
            return null;
        }
        return new Invitation(false, moved.sessionId(), sequence(moved.sequence(), moved.rescheduledAt()),
                title(moved.serviceName()), moved.current().startsAt(), moved.current().endsAt(), moved.timeZone(),
                place(moved.locationName(), moved.locationAddress()));
    }

    public static Invitation cancelled(SessionCancelled cancelled) {
        return new Invitation(true, cancelled.sessionId(), sequence(cancelled.sequence(), cancelled.cancelledAt()),
                title(cancelled.serviceName()), cancelled.startsAt(), cancelled.endsAt(), cancelled.timeZone(),
                place(cancelled.locationName(), cancelled.locationAddress()));
    }

    /** A change from a producer that does not send the revision still raises it: seconds since 2024 only grow. */
    static int sequence(Integer sent, Instant changedAt) {
        if (sent != null) {
            return sent;
        }
        long seconds = changedAt == null ? 1 : changedAt.getEpochSecond() - FALLBACK_EPOCH.getEpochSecond();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
    }

    static String title(String serviceName) {
        return serviceName == null || serviceName.isBlank() ? "Session" : "Session: " + serviceName;
    }

    /** The location's name and its address on one line. */
    static String place(String name, String address) {
        String oneLine = address == null ? "" : address.strip().replaceAll("\\s*\\R\\s*", ", ");
        if (name == null || name.isBlank()) {
            return oneLine.isEmpty() ? null : oneLine;
        }
        return oneLine.isEmpty() ? name : name + ", " + oneLine;
    }
}
