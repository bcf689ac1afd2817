package io.remedy.console.hires;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.api.Problem;
import io.remedy.console.diary.DeskMessages;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A location's room hires: the coming four weeks' hires of every room, a form to hire a room out and a cancel button
 * (chain admins and the location's managers; the API refuses the others, and the page does not offer it to them).
 */
@Path("/hires")
@Produces(MediaType.TEXT_HTML)
public class HiresPage {

    /** How far ahead the list looks. */
    private static final int DAYS_AHEAD = 28;

    /** What the hires page shows. */
    public record HiresView(Booking.Location location, List<Booking.Location> locations, List<Booking.Room> rooms,
                            List<Line> hires, boolean canHire, HireForm form, String done, FormErrors errors) {
    }

    /** A hire as listed. */
    public record Line(UUID id, UUID roomId, String room, String when, String practitioner, String note, long version) {
    }

    /** The hire form's values. */
    public record HireForm(UUID roomId, String practitionerName, String startsAt, String endsAt, String note, String key) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance hires(HiresView view);
    }

    private final BookingApi booking;
    private final HiresApi hires;
    private final Viewer viewer;

    public HiresPage(@RestClient BookingApi booking, @RestClient HiresApi hires, Viewer viewer) {
        this.booking = booking;
        this.hires = hires;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String location, @RestQuery String done) {
        return view(location, null, done, FormErrors.NONE).map(Templates::hires);
    }

    @POST
    public Uni<Response> hire(@RestForm String location, @RestForm String roomId, @RestForm String practitionerName,
                              @RestForm String startsAt, @RestForm String endsAt, @RestForm String note,
                              @RestForm String key) {
        HireForm form = new HireForm(uuid(roomId), practitionerName, startsAt, endsAt, note,
                key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        DeskMessages words = Texts.in(viewer.language(), DeskMessages.class);
        return Catalogue.load(booking).flatMap(catalogue -> {
            Booking.Location here = here(mine(catalogue), location);
            ZoneId zone = ZoneId.of(here.timeZone());
            OffsetDateTime start = local(startsAt, zone);
            OffsetDateTime end = local(endsAt, zone);
            FormErrors missing = FormErrors.summary(words.check_fields());
            boolean incomplete = false;
            if (form.roomId() == null) {
                missing = missing.with("roomId", words.choose_room());
                incomplete = true;
            }
            if (start == null) {
                missing = missing.with("startsAt", words.date_time_needed());
                incomplete = true;
            }
            if (end == null) {
                missing = missing.with("endsAt", words.date_time_needed());
                incomplete = true;
            }
            if (incomplete) {
                return view(location, form, null, missing).map(v -> Response.status(400).entity(Templates.hires(v)).build());
            }
            return hires.hire(form.key(), here.id(), form.roomId(), new HiresApi.NewHire(
                            practitionerName == null ? "" : practitionerName.trim(), start, end,
                            note == null || note.isBlank() ? null : note.trim()))
                    .map(created -> Response.seeOther(URI.create("/hires?location=" + here.id() + "&done=hired")).build());
        }).onFailure(HiresPage::shown).recoverWithUni(failure -> view(location, form, null, FormErrors.of((ApiProblem) failure))
                .map(v -> Response.status(((ApiProblem) failure).status()).entity(Templates.hires(v)).build()));
    }

    @POST
    @Path("/{roomId}/{hireId}/cancel")
    public Uni<Response> cancel(@RestPath UUID roomId, @RestPath UUID hireId, @RestForm String location,
                                @RestForm String version) {
        return Catalogue.load(booking).flatMap(catalogue -> {
            Booking.Location here = here(mine(catalogue), location);
            return hires.cancel(here.id(), roomId, hireId, "\"" + (version == null ? "" : version.trim()) + "\"")
                    .map(cancelled -> Response.seeOther(URI.create("/hires?location=" + here.id() + "&done=cancelled"))
                            .build());
        }).onFailure(HiresPage::shown).recoverWithUni(failure -> view(location, null, null, FormErrors.of((ApiProblem) failure))
                .map(v -> Response.status(((ApiProblem) failure).status()).entity(Templates.hires(v)).build()));
    }

    private Uni<HiresView> view(String location, HireForm form, String done, FormErrors errors) {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
        return Catalogue.load(booking).flatMap(catalogue -> {
            List<Booking.Location> mine = mine(catalogue);
            Booking.Location here = here(mine, location);
            ZoneId zone = ZoneId.of(here.timeZone());
            LocalDate today = LocalDate.now(zone);
            OffsetDateTime from = today.atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime to = today.plusDays(DAYS_AHEAD).atStartOfDay(zone).toOffsetDateTime();
            // the rooms and the hires of all of them at once: one round of calls after the catalogue
            return Uni.combine().all().unis(booking.rooms(here.id()),
                            booking.locationHires(here.id(), from, to, 500).map(Booking.HirePage::items))
                    .with((rooms, found) -> {
                        Map<UUID, String> names = rooms.stream()
                                .collect(Collectors.toMap(Booking.Room::id, Booking.Room::name));
                        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                                .withLocale(viewer.locale());
                        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
                        List<Line> lines = found.stream().filter(h -> !"CANCELLED".equals(h.status()))
                                .sorted(Comparator.comparing(Booking.Hire::startsAt))
                                .map(h -> new Line(h.id(), h.roomId(), names.getOrDefault(h.roomId(), "—"),
                                        h.startsAt().atZone(zone).format(day) + ", "
                                                + h.startsAt().atZone(zone).format(time)
                                                + "–" + h.endsAt().atZone(zone).format(time),
                                        h.practitionerName(), h.note(), h.version()))
                                .toList();
                        String start = today.plusDays(1).atTime(10, 0).toString();
                        String end = today.plusDays(1).atTime(12, 0).toString();
                        HireForm shown = form != null ? form : new HireForm(rooms.isEmpty() ? null
                                : rooms.get(0).id(), "", start, end, "", UUID.randomUUID().toString());
                        return new HiresView(here, mine, rooms, lines, viewer.isChainAdmin() || viewer.isManager(),
                                shown, done, errors);
                    });
        });
    }

    private List<Booking.Location> mine(Catalogue catalogue) {
        List<String> codes = viewer.locations();
        return codes.contains("*") ? catalogue.locations()
                : catalogue.locations().stream().filter(l -> codes.contains(l.code())).toList();
    }

    private static Booking.Location here(List<Booking.Location> mine, String location) {
        if (mine.isEmpty()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
        return mine.stream().filter(l -> l.id().toString().equals(location)).findFirst().orElse(mine.get(0));
    }

    private static boolean shown(Throwable failure) {
        return failure instanceof ApiProblem problem && problem.status() != 403 && problem.status() != 404;
    }

    private static OffsetDateTime local(String text, ZoneId zone) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text.trim()).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
