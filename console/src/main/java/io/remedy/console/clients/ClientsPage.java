package io.remedy.console.clients;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.api.Problem;
import io.remedy.console.diary.DiaryMessages;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Clients at the front desk: find one by name, e-mail or phone (the words go by POST, never into an address), and a
 * client's page: contact details (changed with a merge patch of what the form holds, against the version shown),
 * language and home location, upcoming and past sessions from one call.
 */
@Path("/clients")
@Produces(MediaType.TEXT_HTML)
public class ClientsPage {

    /** The search: what was looked for and who matched. */
    public record Search(String query, List<Booking.Client> matches, boolean searched) {
    }

    /** A client's page. */
    public record ClientView(Booking.Client client, String homeLocation, List<Booking.Location> locations,
                             List<Line> upcoming, List<Line> past, boolean morePast, Contact form, String done,
                             FormErrors errors) {
    }

    /** A session in the client's lists. */
    public record Line(UUID id, String when, String service, String therapist, String location, String status,
                       String statusClass, boolean late, boolean held) {
    }

    /** The contact form's values: as read, or as sent back after a refusal. */
    public record Contact(String givenName, String familyName, String email, String phone, String preferredLanguage,
                          UUID preferredLocationId, long version) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Search search);

        static native TemplateInstance client(ClientView view);
    }

    /** How far back the past sessions go, and how many are shown. */
    private static final int PAST_YEARS = 2;
    private static final int PAST_SHOWN = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BookingApi booking;
    private final ClientsApi clients;
    private final Viewer viewer;

    public ClientsPage(@RestClient BookingApi booking, @RestClient ClientsApi clients, Viewer viewer) {
        this.booking = booking;
        this.clients = clients;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance searchForm() {
        requireFrontDesk();
        return Templates.search(new Search("", List.of(), false));
    }

    @POST
    public Uni<TemplateInstance> search(@RestForm String q) {
        requireFrontDesk();
        if (q == null || q.isBlank()) {
            return Uni.createFrom().item(Templates.search(new Search("", List.of(), false)));
        }
        return booking.findClients(q.trim(), 50).map(found -> Templates.search(new Search(q, found.items(), true)));
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> client(@RestPath UUID id, @RestQuery String done) {
        requireFrontDesk();
        return booking.client(id).flatMap(client -> view(client, null, done, FormErrors.NONE)).map(Templates::client);
    }

    /** Saves the contact form: a merge patch naming every field of the form (an emptied optional field is removed). */
    @POST
    @Path("/{id}")
    public Uni<Response> save(@RestPath UUID id, @RestForm String version, @RestForm String givenName,
                              @RestForm String familyName, @RestForm String email, @RestForm String phone,
                              @RestForm String preferredLanguage, @RestForm String preferredLocationId) {
        requireFrontDesk();
        long read = parseVersion(version);
        Contact sent = new Contact(givenName, familyName, email, phone, preferredLanguage, uuid(preferredLocationId),
                read);
        ObjectNode patch = JSON.createObjectNode();
        patch.put("givenName", trimmed(givenName));
        patch.put("familyName", trimmed(familyName));
        putOrRemove(patch, "email", email);
        putOrRemove(patch, "phone", phone);
        if (preferredLanguage != null && !preferredLanguage.isBlank()) {
            patch.put("preferredLanguage", preferredLanguage.trim());
        }
        putOrRemove(patch, "preferredLocationId", preferredLocationId);
        return clients.patch(id, "\"" + read + "\"", patch.toString())
                .map(saved -> Response.seeOther(URI.create("/clients/" + id + "?done=saved")).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                        && problem.status() != 404)
                .recoverWithUni(failure -> booking.client(id).flatMap(client -> view(client, sent, null,
                                FormErrors.of((ApiProblem) failure)))
                        .map(v -> Response.status(((ApiProblem) failure).status()).entity(Templates.client(v)).build()));
    }

    private Uni<ClientView> view(Booking.Client client, Contact sent, String done, FormErrors errors) {
        Instant now = Instant.now();
        OffsetDateTime from = now.atOffset(ZoneOffset.UTC).minusYears(PAST_YEARS);
        OffsetDateTime to = now.atOffset(ZoneOffset.UTC).plusYears(1);
        return Uni.combine().all().unis(Catalogue.load(booking),
                        booking.sessions(from, to, null, null, client.id(), 500).map(Booking.SessionPage::items))
                .with((catalogue, sessions) -> {
                    DiaryMessages words = Texts.in(viewer.language(), DiaryMessages.class);
                    // on the 24-hour clock, as the diary shows times
                    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", viewer.locale());
                    List<Line> upcoming = new ArrayList<>();
                    List<Line> past = new ArrayList<>();
                    sessions.stream().sorted(Comparator.comparing(Booking.Session::startsAt)).forEach(s -> {
                        ZoneId zone = catalogue.location(s.locationId()).map(l -> ZoneId.of(l.timeZone()))
                                .orElse(ZoneOffset.UTC);
                        Line line = new Line(s.id(), s.startsAt().atZone(zone).format(format),
                                catalogue.serviceName(s.serviceId()), catalogue.therapistName(s.therapistId()),
                                catalogue.locationName(s.locationId()), words.status(s.status()),
                                s.status().toLowerCase(Locale.ROOT).replace('_', '-'), s.lateCancellation(),
                                s.hold() != null);
                        if (s.endsAt().isAfter(now) && s.live()) {
                            upcoming.add(line);
                        } else if (s.startsAt().isBefore(now)) {
                            past.add(0, line);
                        }
                    });
                    Contact form = sent != null ? sent : new Contact(client.givenName(), client.familyName(),
                            client.email(), client.phone(), client.preferredLanguage(),
                            client.preferredLocationId(), client.version());
                    return new ClientView(client, client.preferredLocationId() == null ? "—"
                            : catalogue.locationName(client.preferredLocationId()), catalogue.locations(), upcoming,
                            past.size() > PAST_SHOWN ? past.subList(0, PAST_SHOWN) : past, past.size() > PAST_SHOWN,
                            form, done, errors);
                });
    }

    private void requireFrontDesk() {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
    }

    private static void putOrRemove(ObjectNode patch, String field, String value) {
        if (value == null || value.isBlank()) {
            patch.putNull(field);
        } else {
            patch.put(field, value.trim());
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.trim();
    }

    private static long parseVersion(String version) {
        try {
            return version == null ? 0 : Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
