package io.remedy.console.plan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.therapist.CareMessages;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.Answers;
import io.remedy.console.records.RecordsApi;
import io.remedy.console.records.RecordsModels;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A plan's frequency turned into dates: the series booking proposed for the plan's current version, each date's
 * state, and booking the ticked dates in one confirmation (a date taken meanwhile says why, the others are booked).
 * Until booking has proposed the series, the page asks again every two seconds (htmx) or on a reload.
 */
@Path("/records/{clientId}/plans/{planId}/series")
@Produces(MediaType.TEXT_HTML)
public class SeriesPage {

    static final int PROPOSALS = 20;

    /** One date of a series as the page shows it. */
    public record DateRow(String startsAt, String when, String phase, String status, boolean bookable,
                          String reason) {
    }

    public record SeriesView(UUID id, int planVersion, String status, boolean open, List<DateRow> dates) {

        public boolean anyBookable() {
            return dates.stream().anyMatch(DateRow::bookable);
        }
    }

    /** The outcome of a confirmation: how many were booked, and each date that was not, with why. */
    public record Outcome(int booked, int conflicts, List<String> problems) {
    }

    public record Series(UUID clientId, String clientName, UUID planId, int planVersion, boolean pending,
                         List<SeriesView> series, Outcome outcome, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance series(Series series);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final ProposalsApi proposals;
    private final Viewer viewer;

    public SeriesPage(@RestClient RecordsApi records, @RestClient BookingApi booking,
                      @RestClient ProposalsApi proposals, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.proposals = proposals;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> series(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId) {
        return render(clientId, planId, null, FormErrors.NONE);
    }

    @POST
    @Path("/{proposalId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> confirm(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                               @PathParam("proposalId") UUID proposalId, MultivaluedMap<String, String> form) {
        List<OffsetDateTime> dates = dates(form);
        if (dates.isEmpty()) {
            String tick = Texts.in(viewer.language(), CareMessages.class).choose_dates();
            return render(clientId, planId, null, FormErrors.summary(tick).with("dates", tick)).map(page -> page);
        }
        return proposals.confirm(proposalId, new ProposalsApi.Confirmation(dates))
                .flatMap(result -> render(clientId, planId, result, FormErrors.NONE))
                .<Object>map(page -> page)
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, planId, null,
                        FormErrors.of(failure))
                        .map(page -> Response.status(failure.status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(UUID clientId, UUID planId, ProposalsApi.ConfirmationResult confirmed,
                                         FormErrors errors) {
        return Uni.combine().all().unis(records.plan(clientId, planId), proposals.list(clientId, PROPOSALS),
                        Answers.orNone(booking.client(clientId)), booking.locations()).asTuple()
                .map(answers -> {
                    RecordsModels.Plan plan = answers.getItem1();
                    List<Booking.Location> places = answers.getItem4();
                    List<SeriesView> views = answers.getItem2().items().stream()
                            .filter(p -> planId.equals(p.planId()))
                            .map(p -> SeriesViews.view(p, places, viewer.locale()))
                            .toList();
                    boolean pending = views.stream().noneMatch(v -> v.planVersion() >= plan.version());
                    Outcome outcome = confirmed == null ? null
                            : SeriesViews.outcome(confirmed, answers.getItem2().items(), places, viewer.locale());
                    return Templates.series(new Series(clientId,
                            answers.getItem3() == null ? "" : answers.getItem3().name(), planId, plan.version(),
                            pending, views, outcome, errors));
                });
    }

    /** The dates ticked on the form, as instants; an unreadable one is left out. */
    public static List<OffsetDateTime> dates(MultivaluedMap<String, String> form) {
        return form.getOrDefault("dates", List.of()).stream().map(SeriesPage::instant).filter(Objects::nonNull).toList();
    }

    private static OffsetDateTime instant(String text) {
        try {
            return text == null || text.isBlank() ? null
                    : java.time.Instant.parse(text.trim()).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
