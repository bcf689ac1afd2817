package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.plan.ProposalsApi;
import io.remedy.console.plan.SeriesPage;
import io.remedy.console.plan.SeriesPage.Outcome;
import io.remedy.console.plan.SeriesPage.SeriesView;
import io.remedy.console.plan.SeriesViews;
import io.remedy.console.therapist.CareMessages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The sessions a client's therapist proposed from their treatment plan's frequency: the client ticks the dates that
 * suit them and books them in one confirmation, as the therapist or the front desk could (booking decides who may).
 */
@Path("/me/series")
@Produces(MediaType.TEXT_HTML)
public class MySeriesPage {

    static final int PROPOSALS = 20;

    /** One open series: with whom, what and where, and its dates. */
    public record Offer(String therapist, String service, String location, SeriesView series) {
    }

    public record MySeries(List<Offer> offers, Outcome outcome, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance series(MySeries series);
    }

    private final BookingApi booking;
    private final ProposalsApi proposals;
    private final Viewer viewer;

    public MySeriesPage(@RestClient BookingApi booking, @RestClient ProposalsApi proposals, Viewer viewer) {
        this.booking = booking;
        this.proposals = proposals;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> series() {
        return render(null, FormErrors.NONE);
    }

    @POST
    @Path("/{proposalId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> confirm(@PathParam("proposalId") UUID proposalId, MultivaluedMap<String, String> form) {
        List<OffsetDateTime> dates = SeriesPage.dates(form);
        if (dates.isEmpty()) {
            String tick = Texts.in(viewer.language(), CareMessages.class).choose_dates();
            return render(null, FormErrors.summary(tick).with("dates", tick)).map(page -> page);
        }
        return proposals.confirm(proposalId, new ProposalsApi.Confirmation(dates))
                .flatMap(result -> render(result, FormErrors.NONE))
                .<Object>map(page -> page)
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(null, FormErrors.of(failure))
                        .map(page -> Response.status(failure.status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(ProposalsApi.ConfirmationResult confirmed, FormErrors errors) {
        // the API answers a client with their own proposals: no need to ask who they are first
        return Uni.combine().all().unis(proposals.list(null, PROPOSALS), Catalogue.load(booking))
                .with((page, catalogue) -> {
                    List<Offer> offers = page.items().stream()
                            .filter(p -> "OPEN".equals(p.status())
                                    || (confirmed != null && p.id().equals(confirmed.proposalId())))
                            .map(p -> new Offer(catalogue.therapistName(p.therapistId()),
                                    catalogue.serviceName(p.serviceId()), catalogue.locationName(p.locationId()),
                                    SeriesViews.view(p, catalogue.locations(), viewer.locale())))
                            .toList();
                    Outcome outcome = confirmed == null ? null
                            : SeriesViews.outcome(confirmed, page.items(), catalogue.locations(), viewer.locale());
                    return Templates.series(new MySeries(offers, outcome, errors));
                });
    }
}
