package io.remedy.console.records;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.progress.ProgressView;
import io.remedy.console.records.RecordView.AssessmentRow;
import io.remedy.console.records.RecordView.ConsentRow;
import io.remedy.console.records.RecordView.PlanRow;
import io.remedy.console.records.RecordView.RedFlagRow;
import io.remedy.console.records.RecordsModels.Assessment;
import io.remedy.console.records.RecordsModels.NewConsent;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A client's clinical record for their therapist (and, read-only, managers and admins): red flags, intake with the
 * red-flag answers marked, consents, assessments, the progress chart and the treatment plans.
 */
@Path("/records/{clientId}")
@Produces(MediaType.TEXT_HTML)
public class RecordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(RecordView record);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public RecordPage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> record(@PathParam("clientId") UUID clientId,
                                        @QueryParam("assessment") UUID recorded) {
        return render(clientId, recorded, FormErrors.NONE);
    }

    /** Records a consent the client gave (on paper, or told the therapist), then shows the record again. */
    @POST
    @Path("/consents")
    public Uni<Object> giveConsent(@PathParam("clientId") UUID clientId, @RestForm String kind,
                                   @RestForm String textVersion, @RestForm String idempotencyKey) {
        return records.giveConsent(clientId, key(idempotencyKey), new NewConsent(blank(kind), blank(textVersion)))
                .<Object>map(done -> Response.seeOther(URI.create("/records/" + clientId + "#consents")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, null,
                        FormErrors.of((ApiProblem) failure)).map(page -> page));
    }

    Uni<TemplateInstance> render(UUID clientId, UUID recorded, FormErrors consentErrors) {
        ClinicalMessages words = Texts.in(viewer.language(), ClinicalMessages.class);
        Uni<Part<Booking.Client>> client = Part.of(booking.client(clientId));
        Uni<Part<Map<UUID, Booking.Location>>> locations = Part.of(booking.locations()
                .map(list -> list.stream().collect(Collectors.toMap(Booking.Location::id, Function.identity()))));
        Uni<Part<RecordsModels.Intake>> intake = Part.of(Answers.orNone(records.intake(clientId)));
        Uni<Part<RecordsModels.Page<RecordsModels.Consent>>> consents = Part.of(records.consents(clientId, RecordsApi.PAGE));
        Uni<Part<RecordsModels.Page<RecordsModels.RedFlag>>> flags = Part.of(records.redFlags(clientId, RecordsApi.PAGE));
        Uni<Part<RecordsModels.Page<Assessment>>> assessments = Part.of(records.assessments(clientId, RecordsApi.PAGE));
        Uni<Part<RecordsModels.Progress>> progress = Part.of(records.progress(clientId));
        Uni<Part<RecordsModels.Page<RecordsModels.Plan>>> plans = Part.of(records.plans(clientId, RecordsApi.PAGE));
        return Uni.combine().all().unis(client, locations, intake, consents, flags, assessments, progress, plans)
                .with(answers -> {
                    @SuppressWarnings("unchecked") Part<Booking.Client> who = (Part<Booking.Client>) answers.get(0);
                    @SuppressWarnings("unchecked") Part<Map<UUID, Booking.Location>> where =
                            (Part<Map<UUID, Booking.Location>>) answers.get(1);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Intake> in = (Part<RecordsModels.Intake>) answers.get(2);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Page<RecordsModels.Consent>> given =
                            (Part<RecordsModels.Page<RecordsModels.Consent>>) answers.get(3);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Page<RecordsModels.RedFlag>> raised =
                            (Part<RecordsModels.Page<RecordsModels.RedFlag>>) answers.get(4);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Page<Assessment>> taken =
                            (Part<RecordsModels.Page<Assessment>>) answers.get(5);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Progress> over = (Part<RecordsModels.Progress>) answers.get(6);
                    @SuppressWarnings("unchecked") Part<RecordsModels.Page<RecordsModels.Plan>> planned =
                            (Part<RecordsModels.Page<RecordsModels.Plan>>) answers.get(7);

                    Map<UUID, Booking.Location> places = where.available() ? where.value() : Map.of();
                    Clock clock = new Clock(zoneOf(taken, places), viewer.locale());
                    Function<UUID, String> place = id -> id == null || !places.containsKey(id) ? "" : places.get(id).name();

                    Part<List<AssessmentRow>> assessmentRows = taken.map(page -> page.items().stream()
                            .sorted(Comparator.comparing(Assessment::assessedAt).reversed())
                            .map(a -> new AssessmentRow(a.id(), clock.dateTime(a.assessedAt()), place.apply(a.locationId()),
                                    a.nrs(), a.odi() == null ? null : a.odi().score(),
                                    a.odi() == null ? null : a.odi().band(), a.odi() == null ? 0 : a.odi().answered(),
                                    a.baseline()))
                            .toList());
                    AssessmentRow justRecorded = recorded == null || !assessmentRows.available() ? null
                            : assessmentRows.value().stream().filter(row -> row.id().equals(recorded)).findFirst()
                                    .orElse(null);
                    RecordView view = new RecordView(clientId,
                            who.available() ? who.value().name() : words.client_unnamed(),
                            in.map(found -> found == null ? null : IntakeView.of(found)),
                            given.map(page -> page.items().stream()
                                    .map(c -> new ConsentRow(c.kind(), c.textVersion(), clock.dateTime(c.givenAt()),
                                            c.current(), clock.dateTime(c.withdrawnAt())))
                                    .toList()),
                            raised.map(page -> page.items().stream()
                                    .sorted(Comparator.comparing((RecordsModels.RedFlag f) -> !f.open())
                                            .thenComparing(RecordsModels.RedFlag::raisedAt, Comparator.reverseOrder()))
                                    .map(f -> new RedFlagRow(f.id(), f.findings(), f.severity(), f.urgent(), f.open(),
                                            f.source(), clock.dateTime(f.raisedAt()), place.apply(f.locationId()),
                                            f.clearance(), f.outcome()))
                                    .toList()),
                            assessmentRows,
                            over.map(p -> ProgressView.of(p, clock.zone(), Map.of(
                                    "nrs", words.chart_nrs(), "odi", words.chart_odi(),
                                    "baseline", words.chart_baseline(), "important", words.chart_important()))),
                            planned.map(page -> page.items().stream()
                                    .map(p -> new PlanRow(p.id(), p.status(), p.version(), p.phases().size(),
                                            p.homework().size(), clock.day(p.reviewDate()), place.apply(p.locationId())))
                                    .toList()),
                            justRecorded, viewer.isTherapist(), consentErrors,
                            UUID.randomUUID().toString());
                    return Templates.record(view);
                });
    }

    private static java.time.ZoneId zoneOf(Part<RecordsModels.Page<Assessment>> taken,
                                           Map<UUID, Booking.Location> places) {
        UUID where = taken.available() ? taken.value().items().stream()
                .max(Comparator.comparing(Assessment::assessedAt)).map(Assessment::locationId).orElse(null) : null;
        if (where == null && !places.isEmpty()) {
            where = places.keySet().iterator().next();
        }
        Booking.Location location = where == null ? null : places.get(where);
        return Clock.zoneOf(location == null ? null : location.timeZone());
    }

    static String key(String sent) {
        return sent == null || sent.isBlank() ? UUID.randomUUID().toString() : sent;
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
