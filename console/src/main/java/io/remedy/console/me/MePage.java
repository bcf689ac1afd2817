package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.plan.ProposalsApi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A client's own sessions, on a phone first: what is coming, book from the free times, move or cancel (the late
 * warning before confirming). The API answers only with the client's own data.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public class MePage {

    /** One of the client's sessions as a line. */
    public record Line(UUID id, String when, String what, String where, boolean booked) {
    }

    /** A free time to book or move to. */
    public record Time(String label, String startsAt, UUID therapistId, UUID locationId) {
    }

    /** A session that has been: what became of it. */
    public record Past(Line line, String status, String statusClass) {
    }

    /** {@code proposed}: dates of series proposed from the client's treatment plan that they may still book. */
    public record Sessions(List<Line> upcoming, List<Past> past, String done, int proposed) {
    }

    /** The booking (or moving) page. */
    public record BookForm(List<Booking.Service> services, List<Booking.Location> locations,
                           List<Booking.Therapist> therapists, UUID serviceId, UUID locationId, UUID therapistId,
                           LocalDate date, List<Time> times, UUID moving, String movingLabel, String key,
                           FormErrors errors) {
    }

    public record Cancel(Line line, boolean late, int noticeHours, long version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(Sessions sessions);

        static native TemplateInstance book(BookForm form);

        static native TemplateInstance cancel(Cancel cancel);
    }

    private final BookingApi booking;
    private final ProposalsApi proposals;
    private final Viewer viewer;

    public MePage(@RestClient BookingApi booking, @RestClient ProposalsApi proposals, Viewer viewer) {
        this.booking = booking;
        this.proposals = proposals;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> sessions(@RestQuery String done) {
        // the API answers a client with their own sessions: no need to ask who they are first, all in parallel
        Instant now = Instant.now();
        // dates proposed from the client's plan: a notice only, so a failure of that call leaves the page as it is
        Uni<Integer> proposed = proposals.list(null, MySeriesPage.PROPOSALS)
                .map(page -> (int) page.items().stream().filter(p -> "OPEN".equals(p.status()))
                        .flatMap(p -> p.dates() == null ? java.util.stream.Stream.empty() : p.dates().stream())
                        .filter(d -> "PROPOSED".equals(d.status())).count())
                .onFailure().recoverWithItem(0);
        return Uni.combine().all().unis(Catalogue.load(booking),
                        booking.sessions(OffsetDateTime.now().minusDays(PAST_DAYS), OffsetDateTime.now().plusDays(180),
                                null, null, null, 200).map(Booking.SessionPage::items), proposed)
                .with((catalogue, sessions, open) -> {
                    SelfMessages words = Texts.in(viewer.language(), SelfMessages.class);
                    List<Line> upcoming = sessions.stream()
                            .filter(s -> s.live() && s.startsAt().isAfter(now.minus(Duration.ofHours(2))))
                            .map(s -> line(s, catalogue)).toList();
                    List<Past> past = sessions.stream()
                            .filter(s -> s.startsAt().isBefore(now) && !(s.live()
                                    && s.startsAt().isAfter(now.minus(Duration.ofHours(2)))))
                            .sorted(java.util.Comparator.comparing(Booking.Session::startsAt).reversed())
                            .map(s -> new Past(line(s, catalogue), status(words, s), statusClass(s)))
                            .toList();
                    return Templates.sessions(new Sessions(upcoming, past, done, open));
                });
    }

    /** How far back the past sessions go. */
    static final int PAST_DAYS = 365;

    static String status(SelfMessages words, Booking.Session session) {
        return switch (session.status()) {
            case "BOOKED" -> words.status_BOOKED();
            case "CHECKED_IN" -> words.status_CHECKED_IN();
            case "COMPLETED" -> words.status_COMPLETED();
            case "CANCELLED" -> session.lateCancellation() ? words.status_CANCELLED_LATE() : words.status_CANCELLED();
            case "NO_SHOW" -> words.status_NO_SHOW();
            default -> session.status();
        };
    }

    static String statusClass(Booking.Session session) {
        return "status-" + session.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @GET
    @Path("/book")
    public Uni<TemplateInstance> book(@RestQuery String service, @RestQuery String location, @RestQuery String therapist,
                                      @RestQuery String date, @RestQuery String moving) {
        return form(service, location, therapist, date, moving, FormErrors.NONE).map(Templates::book);
    }

    @POST
    @Path("/book")
    public Uni<Response> bookFreeTime(@RestForm String service, @RestForm String location, @RestForm String therapist,
                                      @RestForm String startsAt, @RestForm String key) {
        return booking.me().flatMap(me -> booking.book(key == null || key.isBlank() ? UUID.randomUUID().toString() : key,
                        new Booking.NewSession(uuid(location).orElse(null), uuid(service).orElse(null),
                                uuid(therapist).orElse(null), null, me.id(), parse(startsAt))))
                .map(session -> Response.seeOther(URI.create("/me?done=booked")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> retry((ApiProblem) failure, service, location,
                        therapist, startsAt, null));
    }

    @POST
    @Path("/sessions/{id}/move")
    public Uni<Response> move(@RestPath UUID id, @RestForm String therapist, @RestForm String startsAt) {
        return booking.session(id).flatMap(session -> booking.reschedule(id, session.etag(),
                        new Booking.Reschedule(parse(startsAt), uuid(therapist).orElse(null), null)))
                .map(session -> Response.seeOther(URI.create("/me?done=rescheduled")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> retry((ApiProblem) failure, null, null, therapist,
                        startsAt, id.toString()));
    }

    @GET
    @Path("/sessions/{id}/cancel")
    public Uni<TemplateInstance> confirmCancel(@RestPath UUID id) {
        return Uni.combine().all().unis(booking.session(id), Catalogue.load(booking)).with((session, catalogue) -> {
            int notice = catalogue.location(session.locationId()).map(Booking.Location::noticeHours).orElse(24);
            boolean late = Duration.between(Instant.now(), session.startsAt()).compareTo(Duration.ofHours(notice)) < 0;
            return Templates.cancel(new Cancel(line(session, catalogue), late, notice, session.version()));
        });
    }

    @POST
    @Path("/sessions/{id}/cancel")
    public Uni<Response> cancel(@RestPath UUID id, @RestForm String version) {
        return booking.cancel(id, "\"" + version + "\"", new Booking.Cancellation("CLIENT_REQUEST"))
                .map(session -> Response.seeOther(URI.create("/me?done=cancelled")).build());
    }

    private Uni<Response> retry(ApiProblem problem, String service, String location, String therapist, String startsAt,
                                String moving) {
        FormErrors errors = problem.status() == 409
                ? FormErrors.summary(Texts.in(viewer.language(), MeMessages.class).taken()) : FormErrors.of(problem);
        OffsetDateTime start = parse(startsAt);
        return form(service, location, therapist, start == null ? null : start.toLocalDate().toString(), moving, errors)
                .map(page -> Response.status(problem.status()).entity(Templates.book(page)).build());
    }

    private Uni<BookForm> form(String service, String location, String therapist, String date, String moving,
                               FormErrors errors) {
        Uni<Optional<Booking.Session>> moved = uuid(moving).map(id -> booking.session(id).map(Optional::of))
                .orElse(Uni.createFrom().item(Optional.empty()));
        // with no location chosen, the client's own location comes first (asked for beside the rest)
        Uni<Optional<UUID>> home = uuid(location).isPresent() || uuid(moving).isPresent()
                ? Uni.createFrom().item(Optional.empty())
                : booking.me().map(me -> Optional.ofNullable(me.preferredLocationId()))
                        .onFailure().recoverWithItem(Optional.empty());
        return Uni.combine().all().unis(Catalogue.load(booking), moved, home).asTuple().flatMap(answers -> {
            Catalogue catalogue = answers.getItem1();
            Optional<Booking.Session> session = answers.getItem2();
            UUID serviceId = session.map(Booking.Session::serviceId).or(() -> uuid(service))
                    .or(() -> catalogue.services().stream().findFirst().map(Booking.Service::id)).orElse(null);
            UUID locationId = session.map(Booking.Session::locationId).or(() -> uuid(location))
                    .or(() -> answers.getItem3().filter(id -> catalogue.location(id).isPresent()))
                    .or(() -> catalogue.locations().stream().findFirst().map(Booking.Location::id)).orElse(null);
            UUID therapistId = uuid(therapist).orElse(null);
            ZoneId zone = catalogue.location(locationId).map(l -> ZoneId.of(l.timeZone())).orElse(ZoneId.of("UTC"));
            LocalDate day = parseDate(date, session.map(s -> s.startsAt().atZone(zone).toLocalDate())
                    .orElse(LocalDate.now(zone)));
            Uni<List<Time>> times = serviceId == null ? Uni.createFrom().item(List.of())
                    : booking.availability(serviceId, day, day, locationId, therapistId, 60).map(page -> page.items().stream()
                            .map(slot -> new Time(slot.startsAt().atZoneSameInstant(zone).toLocalTime() + " · "
                                    + slot.therapistName(), slot.startsAt().toString(), slot.therapistId(), slot.locationId()))
                            .toList());
            return times.map(list -> new BookForm(catalogue.services(), catalogue.locations(), catalogue.therapists(),
                    serviceId, locationId, therapistId, day, list, session.map(Booking.Session::id).orElse(null),
                    session.map(s -> line(s, catalogue).when()).orElse(null), UUID.randomUUID().toString(), errors));
        });
    }

    private Line line(Booking.Session session, Catalogue catalogue) {
        ZoneId zone = catalogue.location(session.locationId()).map(l -> ZoneId.of(l.timeZone())).orElse(ZoneId.of("UTC"));
        String when = session.startsAt().atZone(zone).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(viewer.locale()));
        return new Line(session.id(), when, catalogue.serviceName(session.serviceId()) + " · "
                + catalogue.therapistName(session.therapistId()), catalogue.locationName(session.locationId()),
                "BOOKED".equals(session.status()));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static OffsetDateTime parse(String text) {
        try {
            return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String text, LocalDate otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return otherwise;
        }
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
