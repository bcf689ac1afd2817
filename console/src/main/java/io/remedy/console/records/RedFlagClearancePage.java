package io.remedy.console.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.RecordsModels.RedFlag;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Clearing an open red flag with the referral's outcome (the client's treating therapist, as records-service
 * decides): the held sessions are released and the managers told by the platform, not by this page.
 */
@Path("/records/{clientId}/red-flags/{id}/clear")
@Produces(MediaType.TEXT_HTML)
public class RedFlagClearancePage {

    /** The reasons records-service takes, in the order a therapist meets them. */
    public static final List<String> CLEARANCES = List.of("MEDICAL_CLEARANCE", "RESCREEN_NEGATIVE", "RECORDED_IN_ERROR");

    public record ClearForm(UUID clientId, String clientName, RedFlag flag, String raisedAt, List<String> clearances,
                            String clearance, String outcome, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clear(ClearForm form);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public RedFlagClearancePage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> form(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id) {
        return render(clientId, id, "MEDICAL_CLEARANCE", "", FormErrors.NONE);
    }

    @POST
    public Uni<Object> clear(@PathParam("clientId") UUID clientId, @PathParam("id") UUID id,
                             @RestForm String clearance, @RestForm String outcome) {
        return records.clearRedFlag(clientId, id, new RecordsApi.RedFlagClearance(RecordPage.blank(clearance),
                        RecordPage.blank(outcome)))
                .<Object>map(flag -> Response.seeOther(URI.create("/records/" + clientId + "#red-flags"))
                        .build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, id, clearance,
                        outcome == null ? "" : outcome, FormErrors.of(failure))
                        .map(page -> Response.status(failure.status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(UUID clientId, UUID id, String clearance, String outcome, FormErrors errors) {
        return Uni.combine().all().unis(records.redFlag(clientId, id), Answers.orNone(booking.client(clientId)),
                booking.locations()).asTuple().map(answers -> {
                    RedFlag flag = answers.getItem1();
                    String zone = answers.getItem3().stream().filter(l -> l.id().equals(flag.locationId()))
                            .map(Booking.Location::timeZone).findFirst().orElse(null);
                    Clock clock = new Clock(Clock.zoneOf(zone), viewer.locale());
                    return Templates.clear(new ClearForm(clientId,
                            answers.getItem2() == null ? "" : answers.getItem2().name(), flag,
                            clock.dateTime(flag.raisedAt()), CLEARANCES, clearance, outcome, errors));
                });
    }
}
