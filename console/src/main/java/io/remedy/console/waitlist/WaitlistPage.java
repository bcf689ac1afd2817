package io.remedy.console.waitlist;

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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The waitlist of a location at the front desk: who waits for what, and the freed slots offered to them, which the
 * desk accepts (books) or declines for the client. The list refreshes itself (htmx polling a fragment), so an offer
 * made by a cancellation elsewhere appears without reloading. Adding a client comes from the booking page when no free
 * time fits.
 */
@Path("/waitlist")
@Produces(MediaType.TEXT_HTML)
public class WaitlistPage {

    /** What the waitlist shows. */
    public record WaitlistView(Booking.Location location, List<Booking.Location> locations, List<Row> rows,
                               int openOffers, String done, FormErrors errors) {
    }

    /** One waiting client. */
    public record Row(UUID id, UUID clientId, String client, String service, String therapist, String window,
                      String status, long version, OfferLine offer) {
    }

    /** The slot offered to them: when, with whom, until when it is held. */
    public record OfferLine(UUID id, String when, String therapist, String expires) {
    }

    /** The form that puts a client on the waitlist. */
    public record JoinForm(Booking.Location location, List<Booking.Location> locations, List<Booking.Service> services,
                           List<Booking.Therapist> therapists, UUID serviceId, UUID therapistId, String from, String to,
                           String query, List<Booking.Client> matches, UUID clientId, String key, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance waitlist(WaitlistView view);

        static native TemplateInstance entries(WaitlistView view);

        static native TemplateInstance join(JoinForm form);
    }

    private static final int LIMIT = 200;

    private final BookingApi booking;
    private final WaitlistApi waitlist;
    private final Viewer viewer;

    public WaitlistPage(@RestClient BookingApi booking, @RestClient WaitlistApi waitlist, Viewer viewer) {
        this.booking = booking;
        this.waitlist = waitlist;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> list(@RestQuery String location, @RestQuery String done) {
        return view(location, done, FormErrors.NONE).map(Templates::waitlist);
    }

    /** The list alone: what the page fetches every few seconds to show new offers. */
    @GET
    @Path("/entries")
    public Uni<TemplateInstance> entries(@RestQuery String location) {
        return view(location, null, FormErrors.NONE).map(Templates::entries);
    }

    @POST
    @Path("/{entryId}/offers/{offerId}/accept")
    public Uni<Response> accept(@RestPath UUID entryId, @RestPath UUID offerId, @RestForm String location,
                                @RestForm String key) {
        return waitlist.accept(blank(key) ? UUID.randomUUID().toString() : key, entryId, offerId)
                .flatMap(session -> Catalogue.load(booking).map(catalogue -> {
                    ZoneId zone = catalogue.location(session.locationId()).map(l -> ZoneId.of(l.timeZone()))
                            .orElse(ZoneId.of("UTC"));
                    return Response.seeOther(URI.create("/diary?location=" + session.locationId() + "&date="
                            + session.startsAt().atZone(zone).toLocalDate() + "&service=" + session.serviceId()
                            + "&done=booked")).build();
                }))
                .onFailure(WaitlistPage::shown).recoverWithUni(failure -> again(location, failure));
    }

    @POST
    @Path("/{entryId}/offers/{offerId}/decline")
    public Uni<Response> decline(@RestPath UUID entryId, @RestPath UUID offerId, @RestForm String location) {
        return waitlist.decline(entryId, offerId).map(ignored -> back(location, "declined"))
                .onFailure(WaitlistPage::shown).recoverWithUni(failure -> again(location, failure));
    }

    @POST
    @Path("/{entryId}/withdraw")
    public Uni<Response> withdraw(@RestPath UUID entryId, @RestForm String location, @RestForm String version) {
        return waitlist.withdraw(entryId, "\"" + (version == null ? "" : version.trim()) + "\"")
                .map(ignored -> back(location, "withdrawn"))
                .onFailure(WaitlistPage::shown).recoverWithUni(failure -> again(location, failure));
    }

    @GET
    @Path("/new")
    public Uni<TemplateInstance> joinForm(@RestQuery String location, @RestQuery String service,
                                          @RestQuery String therapist, @RestQuery String date) {
        return joinForm(new JoinInput(location, service, therapist, date, null, null, null,
                UUID.randomUUID().toString()), FormErrors.NONE);
    }

    /**
     * The join form's two buttons: {@code find} looks the client up (by POST: a name stays out of the address), {@code
     * join} puts the chosen client on the waitlist.
     */
    @POST
    @Path("/new")
    public Uni<Response> join(@RestForm String intent, @RestForm String location, @RestForm String serviceId,
                              @RestForm String therapistId, @RestForm String from, @RestForm String to,
                              @RestForm String q, @RestForm String clientId, @RestForm String key) {
        JoinInput input = new JoinInput(location, serviceId, therapistId, from, to, q, clientId,
                blank(key) ? UUID.randomUUID().toString() : key);
        if (!"join".equals(intent)) {
            return joinForm(input, FormErrors.NONE).map(page -> Response.ok(page).build());
        }
        DeskMessages words = Texts.in(viewer.language(), DeskMessages.class);
        Optional<UUID> client = uuid(clientId);
        LocalDate first = date(from);
        LocalDate last = date(to);
        FormErrors missing = FormErrors.summary(words.check_fields());
        boolean incomplete = false;
        if (client.isEmpty()) {
            missing = missing.with("clientId", words.waitlist_choose_client());
            incomplete = true;
        }
        if (first == null) {
            missing = missing.with("from", words.date_needed());
            incomplete = true;
        }
        if (last == null) {
            missing = missing.with("to", words.date_needed());
            incomplete = true;
        }
        if (incomplete) {
            return joinForm(input, missing).map(page -> Response.status(400).entity(page).build());
        }
        return waitlist.join(input.key(), new WaitlistApi.NewEntry(client.get(), uuid(location).orElse(null),
                        uuid(serviceId).orElse(null), uuid(therapistId).orElse(null), first, last))
                .map(entry -> back(entry.locationId().toString(), "joined"))
                .onFailure(WaitlistPage::shown).recoverWithUni(failure -> joinForm(input, FormErrors.of((ApiProblem) failure))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    private record JoinInput(String location, String service, String therapist, String from, String to, String query,
                             String clientId, String key) {
    }

    private Uni<TemplateInstance> joinForm(JoinInput input, FormErrors errors) {
        requireFrontDesk();
        return Catalogue.load(booking).flatMap(catalogue -> {
            List<Booking.Location> mine = mine(catalogue);
            Booking.Location here = here(mine, input.location());
            LocalDate today = LocalDate.now(ZoneId.of(here.timeZone()));
            LocalDate first = Optional.ofNullable(date(input.from())).orElse(today);
            String to = input.to() != null ? input.to() : first.plusDays(13).toString();
            UUID serviceId = uuid(input.service()).or(() -> catalogue.services().stream().findFirst()
                    .map(Booking.Service::id)).orElse(null);
            Uni<List<Booking.Client>> matches = blank(input.query()) ? Uni.createFrom().item(List.of())
                    : booking.findClients(input.query().trim(), 20).map(Booking.ClientPage::items);
            return matches.map(found -> Templates.join(new JoinForm(here, mine, catalogue.services(),
                    catalogue.therapists(), serviceId, uuid(input.therapist()).orElse(null), first.toString(), to,
                    input.query() == null ? "" : input.query(), found, uuid(input.clientId()).orElse(null), input.key(),
                    errors)));
        });
    }

    private Uni<Response> again(String location, Throwable failure) {
        ApiProblem problem = (ApiProblem) failure;
        return view(location, null, FormErrors.of(problem))
                .map(page -> Response.status(problem.status()).entity(Templates.waitlist(page)).build());
    }

    private static Response back(String location, String done) {
        return Response.seeOther(URI.create("/waitlist?location=" + (location == null ? "" : location)
                + "&done=" + done)).build();
    }

    private Uni<WaitlistView> view(String location, String done, FormErrors errors) {
        requireFrontDesk();
        return Catalogue.load(booking).flatMap(catalogue -> {
            List<Booking.Location> mine = mine(catalogue);
            Booking.Location here = here(mine, location);
            ZoneId zone = ZoneId.of(here.timeZone());
            DeskMessages words = Texts.in(viewer.language(), DeskMessages.class);
            // the front desk reads times on the 24-hour clock, as the diary shows them
            DateTimeFormatter when = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", viewer.locale());
            DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", viewer.locale());
            return waitlist.entries(here.id(), null, LIMIT).flatMap(page -> {
                List<WaitlistApi.Entry> open = page.items().stream()
                        .filter(e -> "WAITING".equals(e.status()) || "OFFERED".equals(e.status()))
                        .sorted(Comparator.comparing((WaitlistApi.Entry e) -> e.offer() == null)).toList();
                return Catalogue.clients(booking, open.stream().map(WaitlistApi.Entry::clientId).toList())
                        .map(clients -> rows(open, clients, catalogue, zone, when, day, words));
            }).map(rows -> new WaitlistView(here, mine, rows, (int) rows.stream().filter(r -> r.offer() != null).count(),
                    done, errors));
        });
    }

    private static List<Row> rows(List<WaitlistApi.Entry> entries, Map<UUID, Booking.Client> clients,
                                  Catalogue catalogue, ZoneId zone, DateTimeFormatter when, DateTimeFormatter day,
                                  DeskMessages words) {
        return entries.stream().map(entry -> {
            Booking.Client client = clients.get(entry.clientId());
            WaitlistApi.Offer offer = entry.offer();
            OfferLine line = offer == null ? null : new OfferLine(offer.id(),
                    offer.startsAt().atZone(zone).format(when), catalogue.therapistName(offer.therapistId()),
                    offer.expiresAt().atZone(zone).format(DateTimeFormatter.ofPattern("HH:mm")));
            return new Row(entry.id(), entry.clientId(), client == null ? "—" : client.name(),
                    catalogue.serviceName(entry.serviceId()),
                    entry.therapistId() == null ? words.any_therapist() : catalogue.therapistName(entry.therapistId()),
                    entry.from().format(day) + " – " + entry.to().format(day), entry.status(), entry.version(), line);
        }).toList();
    }

    private void requireFrontDesk() {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
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

    /** A problem the page shows (beside a field or above the list); refusals and not-found get their own pages. */
    private static boolean shown(Throwable failure) {
        return failure instanceof ApiProblem problem && problem.status() != 403 && problem.status() != 404;
    }

    private static Optional<UUID> uuid(String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
