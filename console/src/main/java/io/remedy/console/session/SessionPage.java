package io.remedy.console.session;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.notes.SessionCompletionApi;
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
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One session at the front desk: who, when, where; check in, mark a no-show, move it, cancel it (with the late
 * warning first). Every change goes to the API with the version shown (If-Match); the diary shows the result.
 */
@Path("/sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class SessionPage {

    /** What the session page shows. */
    public record SessionView(Booking.Session session, String client, UUID clientId, String therapist, String service,
                              String room, String location, String when, String startsLocal,
                              List<Booking.Therapist> therapists, boolean live, boolean booked, boolean lateIfCancelled,
                              int noticeHours, List<String> reasons, String diaryHref, FormErrors errors) {

        /** The client is checked in: checking them out (completing the session) is the desk's next step. */
        public boolean checkedIn() {
            return "CHECKED_IN".equals(session.status());
        }

        /**
         * The session's start has come: the API completes a session, or marks it a no-show, only from then on (it
         * refuses both earlier), so the page offers them only then.
         */
        public boolean started() {
            return !session.startsAt().isAfter(Instant.now());
        }

        /** Checked in and begun: "Check out: session done" is the page's main action. */
        public boolean checkOut() {
            return checkedIn() && started();
        }

        /**
         * Booked and begun but never checked in: the API completes it all the same, so the page offers that beside
         * (never before) "Check in", as the exception it is.
         */
        public boolean completeWithoutCheckIn() {
            return booked && started();
        }

        /** A completed session has an invoice (issued by billing a moment after completion). */
        public boolean completed() {
            return "COMPLETED".equals(session.status());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(SessionView view);

        static native TemplateInstance cancel(SessionView view);
    }

    private final BookingApi booking;
    private final SessionCompletionApi completion;
    private final Viewer viewer;

    public SessionPage(@RestClient BookingApi booking, @RestClient SessionCompletionApi completion, Viewer viewer) {
        this.booking = booking;
        this.completion = completion;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> show(@RestPath UUID id) {
        return view(id, FormErrors.NONE).map(Templates::show);
    }

    @GET
    @Path("/cancel")
    public Uni<TemplateInstance> confirmCancel(@RestPath UUID id) {
        return view(id, FormErrors.NONE).map(Templates::cancel);
    }

    @POST
    @Path("/check-in")
    public Uni<Response> checkIn(@RestPath UUID id, @RestForm String version) {
        return change(id, session -> booking.checkIn(id, etag(version)), "checked-in");
    }

    @POST
    @Path("/no-show")
    public Uni<Response> noShow(@RestPath UUID id, @RestForm String version) {
        return change(id, session -> booking.noShow(id, etag(version)), "no-show");
    }

    /** Check-out: the session is done (completed); billing issues its invoice and the desk takes the payment there. */
    @POST
    @Path("/complete")
    public Uni<Response> checkOut(@RestPath UUID id, @RestForm String version) {
        return completion.complete(id, etag(version))
                .map(session -> Response.seeOther(URI.create("/invoices/session/" + id + "?client="
                        + session.clientId())).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                        && problem.status() != 404)
                .recoverWithUni(failure -> view(id, FormErrors.of((ApiProblem) failure))
                        .map(v -> Response.status(((ApiProblem) failure).status()).entity(Templates.show(v)).build()));
    }

    @POST
    @Path("/cancel")
    public Uni<Response> cancel(@RestPath UUID id, @RestForm String version, @RestForm String reason) {
        return change(id, session -> booking.cancel(id, etag(version), new Booking.Cancellation(reason)), "cancelled");
    }

    @POST
    @Path("/reschedule")
    public Uni<Response> reschedule(@RestPath UUID id, @RestForm String version, @RestForm String startsAt,
                                    @RestForm String therapistId) {
        return booking.session(id).flatMap(current -> Catalogue.load(booking).flatMap(catalogue -> {
            ZoneId zone = catalogue.location(current.locationId()).map(l -> ZoneId.of(l.timeZone())).orElse(ZoneId.of("UTC"));
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(startsAt);
            } catch (DateTimeParseException | NullPointerException e) {
                return view(id, FormErrors.summary("startsAt").with("startsAt", "—"))
                        .map(v -> Response.status(400).entity(Templates.show(v)).build());
            }
            UUID therapist = therapistId == null || therapistId.isBlank() ? null : UUID.fromString(therapistId);
            return change(id, session -> booking.reschedule(id, etag(version), new Booking.Reschedule(
                    local.atZone(zone).toOffsetDateTime(), therapist, null)), "rescheduled");
        }));
    }

    private Uni<Response> change(UUID id, Function<UUID, Uni<Booking.Session>> call, String done) {
        return call.apply(id)
                .flatMap(session -> booking.locations().map(locations -> Response.seeOther(diary(session,
                        locations.stream().filter(l -> l.id().equals(session.locationId()))
                                .map(l -> ZoneId.of(l.timeZone())).findFirst().orElse(ZoneId.of("UTC")), done)).build()))
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                        && problem.status() != 404)
                .recoverWithUni(failure -> view(id, FormErrors.of((ApiProblem) failure))
                        .map(v -> Response.status(((ApiProblem) failure).status()).entity(Templates.show(v)).build()));
    }

    private static URI diary(Booking.Session session, ZoneId zone, String done) {
        return URI.create("/diary?location=" + session.locationId() + "&date="
                + session.startsAt().atZone(zone).toLocalDate() + "&service=" + session.serviceId() + "&done=" + done);
    }

    private Uni<SessionView> view(UUID id, FormErrors errors) {
        // the catalogue does not depend on the session: asked for beside it, not after it
        Uni<SessionAround> around = booking.session(id).flatMap(session -> Uni.combine().all()
                .unis(booking.rooms(session.locationId()), Catalogue.clients(booking, List.of(session.clientId())))
                .with((rooms, clients) -> new SessionAround(session, rooms, clients)));
        return Uni.combine().all().unis(around, Catalogue.load(booking))
                .with((found, catalogue) -> {
                    Booking.Session session = found.session();
                    List<Booking.Room> rooms = found.rooms();
                    Map<UUID, Booking.Client> clients = found.clients();
                    Booking.Location location = catalogue.location(session.locationId()).orElse(null);
                    ZoneId zone = location == null ? ZoneId.of("UTC") : ZoneId.of(location.timeZone());
                    int notice = location == null ? 24 : location.noticeHours();
                    Booking.Client client = clients.get(session.clientId());
                    String when = session.startsAt().atZone(zone).format(DateTimeFormatter
                            .ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(viewer.locale()))
                            + "–" + session.endsAt().atZone(zone).toLocalTime();
                    String room = rooms.stream().filter(r -> r.id().equals(session.roomId())).map(Booking.Room::name)
                            .findFirst().orElse("");
                    boolean late = Duration.between(Instant.now(), session.startsAt()).compareTo(Duration.ofHours(notice)) < 0;
                    String diaryHref = "/diary?location=" + session.locationId() + "&date="
                            + session.startsAt().atZone(zone).toLocalDate();
                    return new SessionView(session, client == null ? "—" : client.name(), session.clientId(),
                            catalogue.therapistName(session.therapistId()), catalogue.serviceName(session.serviceId()),
                            room, location == null ? "" : location.name(), when,
                            session.startsAt().atZone(zone).toLocalDateTime().toString(), catalogue.therapists(),
                            session.live(), "BOOKED".equals(session.status()), late, notice,
                            Booking.CANCELLATION_REASONS, diaryHref, errors);
                });
    }

    private static String etag(String version) {
        return "\"" + (version == null ? "" : version.trim()) + "\"";
    }

    private record SessionAround(Booking.Session session, List<Booking.Room> rooms, Map<UUID, Booking.Client> clients) {
    }
}
