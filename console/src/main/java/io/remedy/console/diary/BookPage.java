package io.remedy.console.diary;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Booking at the front desk: choose a free time (or come from one in the diary), find the client or register them
 * inline, book. The API decides; a taken slot (409) comes back here with the other free times of that day.
 */
@Path("/diary/book")
@Produces(MediaType.TEXT_HTML)
public class BookPage {

    /** What the booking form shows. */
    public record BookForm(Booking.Location location, List<Booking.Location> locations, List<Booking.Service> services,
                           List<Booking.Therapist> therapists, UUID serviceId, UUID therapistId, UUID roomId,
                           String startsAt, String slotSummary, LocalDate date, List<DiaryDay.FreeSlot> freeTimes,
                           String query, List<Booking.Client> matches, UUID clientId, String givenName,
                           String familyName, String email, String phone, String key, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance book(BookForm form);
    }

    private final BookingApi booking;
    private final Viewer viewer;

    public BookPage(@RestClient BookingApi booking, Viewer viewer) {
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> form(@RestQuery String location, @RestQuery String service, @RestQuery String therapist,
                                      @RestQuery String room, @RestQuery String startsAt, @RestQuery String date,
                                      @RestQuery String q) {
        return render(new Input(location, service, therapist, room, startsAt, date, q, null, null, null, null, null,
                UUID.randomUUID().toString()), FormErrors.NONE);
    }

    /** Looks the client up for the chosen time: by POST, so that a name never lands in an address or a log. */
    @POST
    @Path("/find")
    public Uni<TemplateInstance> find(@RestForm String location, @RestForm String service, @RestForm String therapist,
                                      @RestForm String room, @RestForm String startsAt, @RestForm String q) {
        return render(new Input(location, service, therapist, room, startsAt, null, q, null, null, null, null, null,
                UUID.randomUUID().toString()), FormErrors.NONE);
    }

    @POST
    public Uni<Response> book(@RestForm String location, @RestForm String service, @RestForm String therapist,
                              @RestForm String room, @RestForm String startsAt, @RestForm String clientId,
                              @RestForm String givenName, @RestForm String familyName, @RestForm String email,
                              @RestForm String phone, @RestForm String key, @RestForm String date) {
        Input input = new Input(location, service, therapist, room, startsAt, null, null, clientId, givenName,
                familyName, email, phone, key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        DiaryMessages words = Texts.in(viewer.language(), DiaryMessages.class);
        // the day in the location's zone, as the form showed it: a late start there may be the next day in UTC
        LocalDate shownDay = DiaryPage.parseDate(date, null);
        String day = shownDay != null ? shownDay.toString() : startsAtDate(startsAt);
        Optional<UUID> chosen = uuid(clientId);
        boolean newClient = chosen.isEmpty() && !blank(givenName) && !blank(familyName);
        if (chosen.isEmpty() && !newClient) {
            return render(input, FormErrors.summary(words.choose_client()).with("clientId", words.choose_client()))
                    .map(page -> Response.status(400).entity(page).build());
        }
        Uni<UUID> client = chosen.map(id -> Uni.createFrom().item(id)).orElseGet(() -> booking.registerClient(
                        input.key + "-client", new Booking.NewClient(givenName.trim(), familyName.trim(), emptyToNull(email),
                                emptyToNull(phone), null, uuid(location).orElse(null), viewer.language()))
                .map(Booking.Client::id));
        return client.flatMap(id -> booking.book(input.key, new Booking.NewSession(uuid(location).orElse(null),
                        uuid(service).orElse(null), uuid(therapist).orElse(null), uuid(room).orElse(null), id,
                        parseOffset(startsAt))))
                .map(session -> Response.seeOther(URI.create("/diary?location=" + session.locationId() + "&date="
                        + day + "&service=" + session.serviceId() + "&done=booked")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> {
                    ApiProblem problem = (ApiProblem) failure;
                    FormErrors errors = FormErrors.of(problem);
                    // a taken slot: offer the day's other free times instead of the one that went
                    Input again = problem.status() == 409
                            ? new Input(location, service, therapist, null, null, day, null, clientId,
                                    givenName, familyName, email, phone, UUID.randomUUID().toString())
                            : input;
                    FormErrors shown = problem.status() == 409
                            ? FormErrors.summary(words.taken() + " (" + errors.summary() + ")") : errors;
                    return render(again, shown).map(page -> Response.status(problem.status()).entity(page).build());
                });
    }

    private record Input(String location, String service, String therapist, String room, String startsAt, String date,
                         String query, String clientId, String givenName, String familyName, String email, String phone,
                         String key) {
    }

    private Uni<TemplateInstance> render(Input input, FormErrors errors) {
        DiaryMessages words = Texts.in(viewer.language(), DiaryMessages.class);
        return Catalogue.load(booking).flatMap(catalogue -> {
            List<Booking.Location> locations = catalogue.locations().stream()
                    .filter(l -> viewer.locations().contains("*") || viewer.locations().contains(l.code())).toList();
            Booking.Location here = locations.stream().filter(l -> l.id().toString().equals(input.location))
                    .findFirst().orElse(locations.isEmpty() ? null : locations.get(0));
            if (here == null) {
                throw new ApiProblem(new io.remedy.console.api.Problem("about:blank", "Forbidden", 403, null, null));
            }
            ZoneId zone = ZoneId.of(here.timeZone());
            UUID serviceId = uuid(input.service).or(() -> catalogue.services().stream().findFirst()
                    .map(Booking.Service::id)).orElse(null);
            UUID therapistId = uuid(input.therapist).orElse(null);
            OffsetDateTime start = parseOffset(input.startsAt);
            LocalDate date = start != null ? start.atZoneSameInstant(zone).toLocalDate()
                    : DiaryPage.parseDate(input.date, LocalDate.now(zone));
            String summary = start == null ? null : words.slot_summary(catalogue.serviceName(serviceId),
                    therapistId == null ? "" : catalogue.therapistName(therapistId),
                    start.atZoneSameInstant(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                            .withLocale(viewer.locale())));
            Uni<List<DiaryDay.FreeSlot>> free = start != null || serviceId == null
                    ? Uni.createFrom().item(List.of())
                    : booking.availability(serviceId, date, date, here.id(), therapistId, 100).map(page -> page.items().stream()
                            .map(slot -> new DiaryDay.FreeSlot(slot.startsAt().atZoneSameInstant(zone).toLocalTime().toString(),
                                    DiaryDay.bookHref(here.id(), serviceId, slot), slot.therapistName()))
                            .toList());
            Uni<List<Booking.Client>> matches = blank(input.query) ? Uni.createFrom().item(List.of())
                    : booking.findClients(input.query.trim(), 20).map(Booking.ClientPage::items);
            return Uni.combine().all().unis(free, matches).with((times, found) -> Templates.book(new BookForm(here,
                    locations, catalogue.services(), catalogue.therapists(), serviceId, therapistId,
                    uuid(input.room).orElse(null), input.startsAt, summary, date, times, input.query == null ? "" : input.query,
                    found, uuid(input.clientId).orElse(null), input.givenName, input.familyName, input.email,
                    input.phone, input.key, errors)));
        });
    }

    private static String startsAtDate(String startsAt) {
        OffsetDateTime start = parseOffset(startsAt);
        return start == null ? "" : start.toLocalDate().toString();
    }

    static OffsetDateTime parseOffset(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static Optional<UUID> uuid(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.trim();
    }
}
