package io.remedy.console.plan;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Problem;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.plan.PlanForm.Fields;
import io.remedy.console.plan.PlanForm.VersionRow;
import io.remedy.console.records.Answers;
import io.remedy.console.records.Clock;
import io.remedy.console.records.ClinicalMessages;
import io.remedy.console.records.MyLocations;
import io.remedy.console.records.RecordsApi;
import io.remedy.console.records.RecordsModels;
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
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The treatment plan editor: phases with goals and frequency, techniques, regions in order, homework and review
 * date; every save is a new version (records-service keeps them and tells booking and the client).
 */
@Path("/records/{clientId}/plans")
@Produces(MediaType.TEXT_HTML)
public class PlanPage {

    private static final Set<String> ROOTS = Set.of("locationId", "serviceId", "status", "phases", "techniques",
            "regions", "homework", "reviewDate", "changeReason");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(PlanForm form);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public PlanPage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    @Path("/new")
    public Uni<TemplateInstance> newPlan(@PathParam("clientId") UUID clientId) {
        return render(clientId, null, 0, Fields.blank(""), List.of(), false, FormErrors.NONE);
    }

    @GET
    @Path("/{planId}")
    public Uni<TemplateInstance> plan(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                                      @QueryParam("saved") boolean saved) {
        // the plan, its versions and what the form names (client, locations, services) at once: one round trip
        return Uni.combine().all().unis(records.plan(clientId, planId),
                        records.planVersions(clientId, planId, RecordsApi.PAGE), lookups(clientId)).asTuple()
                .map(answers -> page(clientId, planId, answers.getItem1().version(), Fields.of(answers.getItem1()),
                        answers.getItem2().items(), saved, FormErrors.NONE, answers.getItem3()));
    }

    private Uni<io.smallrye.mutiny.tuples.Tuple3<Booking.Client, List<Booking.Location>, List<Booking.Service>>> lookups(
            UUID clientId) {
        return Uni.combine().all().unis(Answers.orNone(booking.client(clientId)), booking.locations(),
                booking.services()).asTuple();
    }

    @POST
    public Uni<Object> create(@PathParam("clientId") UUID clientId, MultivaluedMap<String, String> form) {
        Fields fields = Fields.of(form);
        String key = form.getFirst("idempotencyKey");
        return records.createPlan(clientId, key == null || key.isBlank() ? UUID.randomUUID().toString() : key,
                        fields.toPlan(false))
                .<Object>map(plan -> saved(clientId, plan))
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, null, 0,
                        fields.withBlanks(), List.of(), false, errors((ApiProblem) failure)).map(page -> page));
    }

    @POST
    @Path("/{planId}")
    public Uni<Object> change(@PathParam("clientId") UUID clientId, @PathParam("planId") UUID planId,
                              MultivaluedMap<String, String> form) {
        Fields fields = Fields.of(form);
        int version = parse(form.getFirst("version"));
        return records.changePlan(clientId, planId, RecordsApi.etag(version), fields.toPlan(true))
                .<Object>map(plan -> saved(clientId, plan))
                .onFailure(ApiProblem.class).recoverWithUni(failure -> records.planVersions(clientId, planId,
                                RecordsApi.PAGE).onFailure().recoverWithItem(new RecordsModels.Page<>(List.of(), null))
                        .flatMap(versions -> render(clientId, planId, version, fields.withBlanks(), versions.items(),
                                false, errors((ApiProblem) failure))).map(page -> page));
    }

    private static Response saved(UUID clientId, RecordsModels.Plan plan) {
        return Response.seeOther(URI.create("/records/" + clientId + "/plans/" + plan.id() + "?saved=true")).build();
    }

    /** The API's problem beside the fields it names, paths kept whole (a plan has many "description" fields). */
    private FormErrors errors(ApiProblem failure) {
        Problem problem = failure.problem();
        String summary = failure.status() == 412 ? Texts.in(viewer.language(), ClinicalMessages.class).plan_changed_meanwhile()
                : problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
        FormErrors errors = FormErrors.summary(summary);
        for (Problem.FieldError error : problem.errors()) {
            if (error.field() != null) {
                errors = errors.with(path(error.field()), error.message());
            }
        }
        return errors;
    }

    /** A field's path from the plan's root, whatever method and parameter names validation put in front. */
    static String path(String field) {
        String[] parts = field.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            String root = parts[i].contains("[") ? parts[i].substring(0, parts[i].indexOf('[')) : parts[i];
            if (ROOTS.contains(root)) {
                return String.join(".", java.util.Arrays.copyOfRange(parts, i, parts.length));
            }
        }
        return field;
    }

    private Uni<TemplateInstance> render(UUID clientId, UUID planId, int version, Fields fields,
                                         List<RecordsModels.PlanVersion> versions, boolean saved, FormErrors errors) {
        return lookups(clientId).map(answers -> page(clientId, planId, version, fields, versions, saved, errors, answers));
    }

    private TemplateInstance page(UUID clientId, UUID planId, int version, Fields fields,
                                  List<RecordsModels.PlanVersion> versions, boolean saved, FormErrors errors,
                                  io.smallrye.mutiny.tuples.Tuple3<Booking.Client, List<Booking.Location>,
                                          List<Booking.Service>> answers) {
        List<Booking.Location> places = answers.getItem2();
        Clock clock = new Clock(Clock.zoneOf(places.stream()
                .filter(l -> l.id().toString().equals(fields.locationId())).map(Booking.Location::timeZone)
                .findFirst().orElse(null)), viewer.locale());
        List<VersionRow> rows = versions.stream()
                .sorted(Comparator.comparingInt(RecordsModels.PlanVersion::version).reversed())
                .map(v -> new VersionRow(v.version(), v.status(), clock.dateTime(v.changedAt()),
                        v.changeReason()))
                .toList();
        return Templates.plan(new PlanForm(clientId,
                answers.getItem1() == null ? "" : answers.getItem1().name(), planId, version,
                MyLocations.of(viewer, places), answers.getItem3(), fields.locationId(),
                fields.serviceId(), fields.status(), fields.reviewDate(), fields.changeReason(),
                fields.phases(), fields.techniqueChoices(), fields.regions(), fields.homework(), rows,
                UUID.randomUUID().toString(), saved, errors));
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
