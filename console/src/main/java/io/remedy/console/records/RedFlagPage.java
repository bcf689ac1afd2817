package io.remedy.console.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.RecordsModels.NewRedFlag;
import io.remedy.console.records.RecordsModels.RedFlag;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Raising a red flag from a screen, and what happens next: records-service decides the severity (urgent for a cauda
 * equina sign); booking holds the client's sessions and the managers are alerted, which the page says.
 */
@Path("/records/{clientId}/red-flags")
@Produces(MediaType.TEXT_HTML)
public class RedFlagPage {

    /** The findings of the screen, grouped as the therapist reads them; the codes are records-service's. */
    public static final List<FindingGroup> GROUPS = List.of(
            new FindingGroup("group_cauda", List.of("SADDLE_NUMBNESS", "BLADDER_DYSFUNCTION", "BOWEL_DYSFUNCTION",
                    "BILATERAL_LEG_SYMPTOMS", "PROGRESSIVE_WEAKNESS")),
            new FindingGroup("group_systemic", List.of("INFLAMMATORY_ARTHRITIS_FLARE", "MORNING_STIFFNESS_OVER_30_MIN",
                    "NEUROLOGICAL_SIGNS")),
            new FindingGroup("group_serious", List.of("SIGNIFICANT_TRAUMA", "OSTEOPOROSIS", "CANCER_HISTORY",
                    "UNEXPLAINED_WEIGHT_LOSS", "FEVER", "NIGHT_PAIN")));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance raise(RaiseForm form);

        static native TemplateInstance raised(Raised raised);
    }

    /** A group of findings: its heading's message key and its codes. */
    public record FindingGroup(String heading, List<String> findings) {
    }

    /** The form: the client, where, which findings, notes. */
    public record RaiseForm(UUID clientId, String clientName, UUID sessionId, List<Booking.Location> locations,
                            String locationId, List<FindingGroup> groups, List<String> chosen, String notes,
                            String idempotencyKey, FormErrors errors) {

        public boolean at(UUID location) {
            return location.toString().equals(locationId);
        }
    }

    /** A raised flag and what happens now. */
    public record Raised(UUID clientId, String clientName, RedFlag flag, String raisedAt) {
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public RedFlagPage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    @Path("/new")
    public Uni<TemplateInstance> form(@PathParam("clientId") UUID clientId, @QueryParam("sessionId") UUID sessionId) {
        Uni<Booking.Session> session = sessionId == null ? Uni.createFrom().nullItem()
                : Answers.orNone(booking.session(sessionId));
        return session.flatMap(found -> render(clientId, sessionId,
                found == null ? null : found.locationId().toString(), List.of(), null, UUID.randomUUID().toString(),
                FormErrors.NONE));
    }

    @POST
    public Uni<Object> raise(@PathParam("clientId") UUID clientId, MultivaluedMap<String, String> form) {
        List<String> findings = form.getOrDefault("findings", List.of());
        UUID sessionId = AssessmentPage.uuid(form.getFirst("sessionId"));
        String locationId = RecordPage.blank(form.getFirst("locationId"));
        String notes = RecordPage.blank(form.getFirst("notes"));
        String key = RecordPage.key(form.getFirst("idempotencyKey"));
        return records.raiseRedFlag(clientId, key,
                        new NewRedFlag(AssessmentPage.uuid(locationId), sessionId, findings, notes))
                .<Object>map(flag -> Response.seeOther(
                        URI.create("/records/" + clientId + "/red-flags/" + flag.id())).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, sessionId, locationId,
                        findings, notes, key, FormErrors.of((ApiProblem) failure)).map(page -> page));
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> raised(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return Uni.combine().all().unis(records.redFlag(clientId, id), Answers.orNone(booking.client(clientId)),
                booking.locations()).asTuple().map(answers -> {
                    RedFlag flag = answers.getItem1();
                    String zone = answers.getItem3().stream().filter(l -> l.id().equals(flag.locationId()))
                            .map(Booking.Location::timeZone).findFirst().orElse(null);
                    Clock clock = new Clock(Clock.zoneOf(zone), viewer.locale());
                    return Templates.raised(new Raised(clientId,
                            answers.getItem2() == null ? "" : answers.getItem2().name(), flag,
                            clock.dateTime(flag.raisedAt())));
                });
    }

    private Uni<TemplateInstance> render(UUID clientId, UUID sessionId, String locationId, List<String> chosen,
                                         String notes, String key, FormErrors errors) {
        return Uni.combine().all().unis(Answers.orNone(booking.client(clientId)), booking.locations()).asTuple()
                .map(answers -> Templates.raise(new RaiseForm(clientId,
                        answers.getItem1() == null ? "" : answers.getItem1().name(), sessionId,
                        MyLocations.of(viewer, answers.getItem2()), locationId, GROUPS, chosen,
                        notes == null ? "" : notes, key, errors)));
    }
}
