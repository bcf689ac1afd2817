package io.remedy.platform.testapp;

import java.time.Instant;
import java.util.UUID;

/** API view of an appointment. */
public record AppointmentView(UUID id, String location, Instant startsAt, Kind kind, int minutes, String note,
                              long version) {

    static AppointmentView of(Appointment a) {
        return new AppointmentView(a.id, a.location, a.startsAt, a.kind, a.minutes, a.note, a.version);
    }
}
