package io.remedy.booking.location;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.availability.WallClock;
import io.remedy.booking.availability.WeeklyInterval;
import io.remedy.booking.location.LocationView.OpeningHoursInterval;
import io.remedy.booking.location.LocationView.OpeningHoursResponse;
import io.remedy.booking.location.LocationView.OpeningHoursUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A location's weekly opening hours: admins and the location's managers set them; anyone in the chain reads them. */
@ApplicationScoped
public class LocationOpeningHours {

    private final LocationRepository locations;
    private final OpeningIntervalRepository openingHours;
    private final LocationAccess access;

    public LocationOpeningHours(LocationRepository locations, OpeningIntervalRepository openingHours,
                                LocationAccess access) {
        this.locations = locations;
        this.openingHours = openingHours;
        this.access = access;
    }

    @WithSession
    public Uni<OpeningHoursResponse> openingHours(Caller caller, UUID id) {
        return access.existing(caller, id).flatMap(location -> openingHours.listAt(caller.tenant(), location.id)
                .map(rows -> hoursOf(location, rows.stream().map(OpeningInterval::interval).toList())));
    }

    /** Replaces the week's opening hours (admins, the location's managers; If-Match with the location's ETag). */
    @WithTransaction
    public Uni<OpeningHoursResponse> setOpeningHours(Caller caller, UUID id, String ifMatch, OpeningHoursUpdate request) {
        return access.existing(caller, id).flatMap(location -> {
            LocationAccess.requireManagerOf(caller, location);
            IfMatch.require(ifMatch, location.version);
            List<WeeklyInterval> week = readWeek(request.intervals());
            location.updatedAt = Instant.now();
            List<OpeningInterval> rows = week.stream().map(interval -> OpeningInterval.of(location, interval)).toList();
            return openingHours.deleteAt(caller.tenant(), location.id)
                    .call(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : openingHours.persist(rows))
                    .call(() -> locations.flush())
                    .map(done -> hoursOf(location, week));
        });
    }

    private static OpeningHoursResponse hoursOf(Location location, List<WeeklyInterval> week) {
        List<OpeningHoursInterval> intervals = week.stream()
                .sorted(Comparator.comparing(WeeklyInterval::day).thenComparingInt(WeeklyInterval::startMinute))
                .map(OpeningHoursInterval::of).toList();
        return new OpeningHoursResponse(location.id, location.timeZone, intervals, location.version);
    }

    /** The week of a request, or a 400 naming each bad or overlapping interval ({@code intervals[i].end}). */
    static List<WeeklyInterval> readWeek(List<OpeningHoursInterval> intervals) {
        List<FieldError> errors = new ArrayList<>();
        List<WeeklyInterval> week = new ArrayList<>();
        for (int i = 0; i < intervals.size(); i++) {
            OpeningHoursInterval given = intervals.get(i);
            String field = "intervals[" + i + "]";
            WeeklyInterval interval = WallClock.read(given.dayOfWeek(), given.start(), given.end(), field, errors);
            if (interval == null) {
                continue;
            }
            for (WeeklyInterval earlier : week) {
                if (earlier.overlaps(interval)) {
                    errors.add(new FieldError(field, "overlaps another interval of " + interval.day()));
                    break;
                }
            }
            week.add(interval);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return week;
    }
}
