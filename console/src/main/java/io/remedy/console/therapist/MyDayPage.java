package io.remedy.console.therapist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.Clock;
import io.remedy.console.records.RecordsApi;
import io.remedy.console.records.RecordsModels;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The therapist's day: their sessions across every location from the last weeks (whose notes may still be open)
 * to the next two weeks, grouped by day in each location's zone, and their overdue notes. Names come with the
 * answers fetched once for the page, never one call per row.
 */
@Path("/my-diary")
@Produces(MediaType.TEXT_HTML)
public class MyDayPage {

    static final Duration BACK = Duration.ofDays(14);
    static final Duration AHEAD = Duration.ofDays(14);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diary(MyDay diary);
    }

    /** The page: days of sessions (or unavailable) and the overdue notes (or unavailable). */
    public record MyDay(Part<List<Day>> upcoming, Part<List<Day>> recent, Part<List<Overdue>> overdue) {
    }

    /** One day's sessions. */
    public record Day(String day, List<Row> sessions) {
    }

    /** A session as the diary shows it. */
    public record Row(UUID sessionId, UUID clientId, String time, String client, String service, String location,
                      String status, String holdSeverity, boolean noteOpen) {
    }

    /** An overdue note. */
    public record Overdue(UUID sessionId, UUID clientId, String client, String sessionAt, String dueAt,
                          String location) {
    }

    private final BookingApi booking;
    private final RecordsApi records;
    private final ClientNames names;
    private final Viewer viewer;

    public MyDayPage(@RestClient BookingApi booking, @RestClient RecordsApi records, ClientNames names,
                     Viewer viewer) {
        this.booking = booking;
        this.records = records;
        this.names = names;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> diary() {
        Instant now = Instant.now();
        Uni<Part<List<Booking.Session>>> sessions = Part.of(booking.sessions(
                OffsetDateTime.ofInstant(now.minus(BACK), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(now.plus(AHEAD), ZoneOffset.UTC), null, null, null, 500)
                .map(Booking.SessionPage::items));
        Uni<Part<List<RecordsModels.OverdueNote>>> overdue = Part.of(records.overdueNotes(RecordsApi.PAGE)
                .map(RecordsModels.Page::items));
        Uni<Part<Map<UUID, Booking.Location>>> locations = Part.of(booking.locations()
                .map(list -> list.stream().collect(Collectors.toMap(Booking.Location::id, Function.identity()))));
        Uni<Part<Map<UUID, String>>> services = Part.of(booking.services()
                .map(list -> list.stream().collect(Collectors.toMap(Booking.Service::id, Booking.Service::name))));
        return Uni.combine().all().unis(sessions, overdue, locations, services).asTuple().flatMap(answers -> {
            Set<UUID> clients = new java.util.HashSet<>();
            if (answers.getItem1().available()) {
                answers.getItem1().value().forEach(s -> clients.add(s.clientId()));
            }
            if (answers.getItem2().available()) {
                answers.getItem2().value().forEach(n -> clients.add(n.clientId()));
            }
            return Part.of(names.of(clients)).map(who -> {
                Map<UUID, String> clientNames = who.available() ? who.value() : Map.of();
                Map<UUID, Booking.Location> places = answers.getItem3().available() ? answers.getItem3().value()
                        : Map.of();
                Map<UUID, String> serviceNames = answers.getItem4().available() ? answers.getItem4().value()
                        : Map.of();
                Function<UUID, Clock> clockAt = id -> new Clock(Clock.zoneOf(places.containsKey(id)
                        ? places.get(id).timeZone() : null), viewer.locale());
                Function<Booking.Session, Row> row = s -> new Row(s.id(), s.clientId(),
                        clockAt.apply(s.locationId()).time(s.startsAt()), clientNames.getOrDefault(s.clientId(), ""),
                        serviceNames.getOrDefault(s.serviceId(), ""),
                        places.containsKey(s.locationId()) ? places.get(s.locationId()).name() : "",
                        s.status(), s.hold() == null ? null : s.hold().severity(),
                        "COMPLETED".equals(s.status()));
                Part<List<Day>> upcoming = answers.getItem1().map(list -> days(list.stream()
                        .filter(s -> !s.endsAt().isBefore(now) && !"CANCELLED".equals(s.status()))
                        .toList(), clockAt, row));
                Part<List<Day>> recent = answers.getItem1().map(list -> days(list.stream()
                        .filter(s -> s.endsAt().isBefore(now)).sorted((a, b) -> b.startsAt().compareTo(a.startsAt()))
                        .filter(s -> !"CANCELLED".equals(s.status())).toList(), clockAt, row));
                Part<List<Overdue>> late = answers.getItem2().map(list -> list.stream()
                        .map(n -> new Overdue(n.sessionId(), n.clientId(), clientNames.getOrDefault(n.clientId(), ""),
                                clockAt.apply(n.locationId()).dateTime(n.sessionStartsAt()),
                                clockAt.apply(n.locationId()).dateTime(n.dueAt()),
                                places.containsKey(n.locationId()) ? places.get(n.locationId()).name()
                                        : n.locationCode()))
                        .toList());
                return Templates.diary(new MyDay(upcoming, recent, late));
            });
        });
    }

    private static List<Day> days(List<Booking.Session> sessions, Function<UUID, Clock> clockAt,
                                  Function<Booking.Session, Row> row) {
        Map<String, List<Row>> byDay = new LinkedHashMap<>();
        for (Booking.Session session : sessions) {
            String day = clockAt.apply(session.locationId()).day(session.startsAt());
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(row.apply(session));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, rows) -> days.add(new Day(day, rows)));
        return days;
    }
}
