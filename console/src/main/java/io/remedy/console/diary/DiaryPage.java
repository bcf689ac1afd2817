package io.remedy.console.diary;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.api.Problem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The diary of one location for its front desk, a day or a week: sessions by therapist, free times, holds, hires,
 * closures; a session dragged to another time is moved here.
 */
@Path("/diary")
@Produces(MediaType.TEXT_HTML)
public class DiaryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(DiaryDay diary);

        static native TemplateInstance week(DiaryWeek week, String done);
    }

    private final BookingApi booking;
    private final Viewer viewer;

    public DiaryPage(@RestClient BookingApi booking, Viewer viewer) {
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> day(@RestQuery String location, @RestQuery String date, @RestQuery String service,
                                     @RestQuery String done) {
        return diaryOfDay(location, date, service, done).map(Templates::day);
    }

    /** The location's week: therapists by day, with each day's sessions and free times, closures and hires. */
    @GET
    @Path("/week")
    public Uni<TemplateInstance> week(@RestQuery String location, @RestQuery String date, @RestQuery String service,
                                      @RestQuery String done) {
        requireFrontDesk();
        return desk(location, service, today -> DiaryWeek.weekOf(parseDate(date, today)), 7)
                .map(desk -> Templates.week(DiaryWeek.build(desk.days().here(), mine(desk.catalogue().locations()),
                        desk.days().first(), desk.days().today(), viewer.locale(), desk.catalogue(), desk.rooms(),
                        desk.sessions().sessions(), desk.sessions().clients(), desk.free(), desk.closures(),
                        desk.hires(), desk.serviceId(), Texts.in(viewer.language(), DiaryMessages.class)::status),
                        done));
    }

    /**
     * A session dragged onto another time or therapist of the day's grid (the session page's Move form is the same
     * change by keyboard). Moved: back to the day, which says so. Refused (409: taken, held; 412: changed meanwhile):
     * the day again, saying why and what to do next.
     */
    @POST
    @Path("/move")
    public Uni<Response> move(@RestForm String location, @RestForm String date, @RestForm String service,
                              @RestForm String session, @RestForm String version, @RestForm String startsAt,
                              @RestForm String therapistId, @RestForm String view) {
        requireFrontDesk();
        Optional<UUID> id = BookPage.uuid(session);
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(startsAt == null ? "" : startsAt.trim());
        } catch (DateTimeParseException e) {
            local = null;
        }
        if (id.isEmpty() || local == null) {
            return refused(location, date, service, 400, FormErrors.summary(
                    Texts.in(viewer.language(), DeskMessages.class).move_unreadable()));
        }
        LocalDateTime start = local;
        return Catalogue.load(booking).flatMap(catalogue -> {
            Booking.Location here = here(mine(catalogue.locations()), location);
            ZoneId zone = ZoneId.of(here.timeZone());
            return booking.reschedule(id.get(), "\"" + (version == null ? "" : version.trim()) + "\"",
                            new Booking.Reschedule(start.atZone(zone).toOffsetDateTime(),
                                    BookPage.uuid(therapistId).orElse(null), null))
                    .map(moved -> Response.seeOther(URI.create(("week".equals(view) ? "/diary/week" : "/diary")
                            + "?location=" + here.id() + "&date=" + moved.startsAt().atZone(zone).toLocalDate()
                            + "&service=" + (service == null ? "" : service) + "&done=rescheduled")).build());
        }).onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403 && problem.status() != 404)
                .recoverWithUni(failure -> refused(location, date, service, ((ApiProblem) failure).status(),
                        FormErrors.of((ApiProblem) failure)));
    }

    private Uni<Response> refused(String location, String date, String service, int status, FormErrors problem) {
        return diaryOfDay(location, date, service, null)
                .map(diary -> Response.status(status).entity(Templates.day(diary.refusedMove(problem))).build());
    }

    private Uni<DiaryDay> diaryOfDay(String location, String date, String service, String done) {
        requireFrontDesk();
        return desk(location, service, today -> parseDate(date, today), 1).map(desk -> DiaryDay.build(
                desk.days().here(), mine(desk.catalogue().locations()), desk.days().first(), viewer.locale(),
                desk.catalogue(), desk.rooms(), desk.sessions().sessions(), desk.sessions().clients(), desk.free(),
                desk.closures(), desk.hires(), desk.serviceId(), done, viewer.isFrontDesk(),
                Texts.in(viewer.language(), DiaryMessages.class)::status));
    }

    /** What the diary of some days shows, as the API answered it. */
    private record Desk(Catalogue catalogue, Days days, List<Booking.Room> rooms, SessionsAndClients sessions,
                        List<Booking.Slot> free, List<Booking.Closure> closures, List<Booking.Hire> hires,
                        UUID serviceId) {
    }

    /** The location shown and its days, {@code first} to {@code last} (one day, or a week from Monday). */
    private record Days(Booking.Location here, ZoneId zone, LocalDate today, LocalDate first, LocalDate last) {

        OffsetDateTime from() {
            return first.atStartOfDay(zone).toOffsetDateTime();
        }

        OffsetDateTime to() {
            return last.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
    }

    /**
     * The diary of {@code length} days from the one {@code firstDay} picks (given the location's today). Each call
     * starts as soon as what it needs has arrived, not stage after stage: the location's rooms, sessions, closures
     * and hires once the chain's locations are there (not the whole catalogue), the free times once the services are
     * there too, the clients' names once the sessions are. The page waits for its slowest chain of calls.
     */
    private Uni<Desk> desk(String location, String service, UnaryOperator<LocalDate> firstDay, int length) {
        // each list asked for once: the calls that need an answer share it
        Uni<List<Booking.Location>> locations = booking.locations().map(Catalogue::byName).memoize().indefinitely();
        Uni<List<Booking.Service>> services = booking.services().memoize().indefinitely();
        Uni<Catalogue> catalogue = Uni.combine().all().unis(locations, booking.therapists(), services)
                .with(Catalogue::of);
        Uni<Days> days = locations.map(chain -> {
            Booking.Location here = here(mine(chain), location);
            ZoneId zone = ZoneId.of(here.timeZone());
            LocalDate today = LocalDate.now(zone);
            LocalDate first = firstDay.apply(today);
            return new Days(here, zone, today, first, first.plusDays(length - 1L));
        }).memoize().indefinitely();
        // free times from today on: none for days gone
        Uni<List<Booking.Slot>> free = Uni.combine().all().unis(days, services).withUni((shown, offered) -> {
            UUID serviceId = serviceOf(offered, service);
            LocalDate from = shown.today().isAfter(shown.first()) ? shown.today() : shown.first();
            return serviceId == null || from.isAfter(shown.last()) ? Uni.createFrom().item(List.<Booking.Slot>of())
                    : booking.availability(serviceId, from, shown.last(), shown.here().id(), null, 500)
                            .map(Booking.SlotPage::items);
        });
        return Uni.combine().all().unis(catalogue, days, days.flatMap(d -> booking.rooms(d.here().id())),
                        days.flatMap(d -> sessionsWithClients(d.here().id(), d.from(), d.to())), free,
                        days.flatMap(d -> booking.closures(d.here().id(), d.first(), d.last())
                                .map(Booking.ClosurePage::items)),
                        days.flatMap(d -> hiresOf(d.here().id(), d.from(), d.to())))
                .with((all, shown, rooms, sessions, slots, closures, hires) -> new Desk(all, shown, rooms, sessions,
                        slots, closures, hires, serviceOf(all.services(), service)));
    }

    /** The hires of every room of the location between two instants, in one call. */
    private Uni<List<Booking.Hire>> hiresOf(UUID location, OffsetDateTime from, OffsetDateTime to) {
        return booking.locationHires(location, from, to, 500).map(Booking.HirePage::items);
    }

    /**
     * The location's sessions between two instants and their clients' names: the names are asked for as soon as the
     * sessions arrive, while the page's other calls still run (the diary waits for the slowest chain, not the sum).
     */
    private Uni<SessionsAndClients> sessionsWithClients(UUID location, OffsetDateTime from, OffsetDateTime to) {
        return booking.sessions(from, to, location, null, null, 500).map(Booking.SessionPage::items)
                .flatMap(sessions -> Catalogue.clients(booking, sessions.stream().map(Booking.Session::clientId).toList())
                        .map(clients -> new SessionsAndClients(sessions, clients)));
    }

    private record SessionsAndClients(List<Booking.Session> sessions, Map<UUID, Booking.Client> clients) {
    }

    private void requireFrontDesk() {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
    }

    /** The location asked for if the viewer may act there, else their first; none: refused. */
    private static Booking.Location here(List<Booking.Location> mine, String location) {
        if (mine.isEmpty()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
        return mine.stream().filter(l -> l.id().toString().equals(location)).findFirst().orElse(mine.get(0));
    }

    private static UUID serviceOf(List<Booking.Service> services, String service) {
        return services.stream().filter(s -> s.id().toString().equals(service))
                .findFirst().or(() -> services.stream().findFirst())
                .map(Booking.Service::id).orElse(null);
    }

    /** The locations the viewer may act at, as their token's {@code locations} claim names them. */
    private List<Booking.Location> mine(List<Booking.Location> chain) {
        List<String> codes = viewer.locations();
        if (codes.contains("*")) {
            return chain;
        }
        return chain.stream().filter(l -> codes.contains(l.code())).toList();
    }

    static LocalDate parseDate(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
