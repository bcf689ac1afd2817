package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.booking.availability.WeeklyInterval;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.util.UUID;

/** One interval of a location's opening hours on a weekday, wall-clock in the location's time zone. */
@Entity
@Table(name = "opening_hours")
public class OpeningInterval extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "location_id")
    public UUID locationId;

    /** ISO day of week, 1 = Monday … 7 = Sunday. */
    @Column(name = "day_of_week")
    public short dayOfWeek;

    @Column(name = "start_minute")
    public int startMinute;

    @Column(name = "end_minute")
    public int endMinute;

    static OpeningInterval of(Location location, WeeklyInterval interval) {
        OpeningInterval row = new OpeningInterval();
        row.id = UUID.randomUUID();
        row.tenant = location.tenant;
        row.locationId = location.id;
        row.dayOfWeek = (short) interval.day().getValue();
        row.startMinute = interval.startMinute();
        row.endMinute = interval.endMinute();
        return row;
    }

    public WeeklyInterval interval() {
        return new WeeklyInterval(DayOfWeek.of(dayOfWeek), startMinute, endMinute);
    }
}
