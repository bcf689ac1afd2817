package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.booking.availability.WeeklyInterval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.util.UUID;

/** A therapist's weekly working hours at one location on one weekday, wall-clock in the location's time zone. */
@Entity
@Table(name = "roster_entry")
public class RosterEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "location_id")
    public UUID locationId;

    /** ISO day of week, 1 = Monday … 7 = Sunday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Column(name = "start_minute")
    public int startMinute;

    @Column(name = "end_minute")
    public int endMinute;

    static RosterEntry of(Therapist therapist, UUID locationId, WeeklyInterval interval) {
        RosterEntry entry = new RosterEntry();
        entry.id = UUID.randomUUID();
        entry.tenant = therapist.tenant;
        entry.therapistId = therapist.id;
        entry.locationId = locationId;
        entry.dayOfWeek = (short) interval.day().getValue();
        entry.startMinute = interval.startMinute();
        entry.endMinute = interval.endMinute();
        return entry;
    }

    public WeeklyInterval interval() {
        return new WeeklyInterval(DayOfWeek.of(dayOfWeek), startMinute, endMinute);
    }
}
