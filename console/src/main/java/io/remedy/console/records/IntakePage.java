package io.remedy.console.records;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Problem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
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

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The intake editor for the client's treating therapist (records-service decides who may write): every save is a new
 * version; answers that screen positive raise a red flag there, which the record then shows first.
 */
@Path("/records/{clientId}/intake")
@Produces(MediaType.TEXT_HTML)
public class IntakePage {

    /** A multi-line list field: its name, label, value and how to write it. */
    public record Area(String name, String label, String value, String hint) {
    }

    public record Edit(UUID clientId, String clientName, int version, IntakeForm form, List<String> questions,
                       List<String> radiation, List<String> neurological, List<String> conditions,
                       List<String> loads, List<Area> areas, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Edit page);
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public IntakePage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    @Path("/edit")
    public Uni<TemplateInstance> edit(@PathParam("clientId") UUID clientId) {
        return Uni.combine().all().unis(Answers.orNone(records.intake(clientId)), Answers.orNone(booking.client(clientId)))
                .asTuple().map(answers -> page(clientId, answers.getItem2() == null ? "" : answers.getItem2().name(),
                        answers.getItem1() == null ? 0 : answers.getItem1().version(),
                        answers.getItem1() == null ? IntakeForm.blank() : IntakeForm.of(answers.getItem1().answers()),
                        FormErrors.NONE));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Object> save(@PathParam("clientId") UUID clientId, MultivaluedMap<String, String> sent) {
        IntakeForm form = IntakeForm.of(sent);
        int version = parse(sent.getFirst("version"));
        // the first version goes without If-Match; a later one names the version the therapist edited
        return records.writeIntake(clientId, version == 0 ? null : RecordsApi.etag(version), form.toAnswers())
                .<Object>map(saved -> Response.seeOther(URI.create("/records/" + clientId + "#intake")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> Answers.orNone(booking.client(clientId))
                        .map(client -> Response.status(failure.status()).entity(page(clientId,
                                client == null ? "" : client.name(), version, form, errors(failure)))
                                .build()));
    }

    private TemplateInstance page(UUID clientId, String name, int version, IntakeForm form, FormErrors errors) {
        CareMessages care = Texts.in(viewer.language(), CareMessages.class);
        ClinicalMessages clin = Texts.in(viewer.language(), ClinicalMessages.class);
        List<Area> areas = List.of(
                new Area("medicalHistory", clin.intake_medical_history(), form.medicalHistory(), care.intake_free_text()),
                new Area("medications", clin.intake_medications(), form.medications(), care.intake_medications_hint()),
                new Area("injections", clin.intake_injections(), form.injections(), care.intake_injections_hint()),
                new Area("injuries", clin.intake_injuries(), form.injuries(), care.intake_history_hint()),
                new Area("surgeries", clin.intake_surgeries(), form.surgeries(), care.intake_history_hint()),
                new Area("goals", clin.intake_goals(), form.goals(), care.intake_goals_hint()));
        return Templates.edit(new Edit(clientId, name, version, form, IntakeForm.QUESTIONS, IntakeForm.RADIATION,
                IntakeForm.NEUROLOGICAL, IntakeForm.CONDITIONS, IntakeForm.LOADS, areas, errors));
    }

    /** The API's fields as the form's: symptoms.fever → fever's box, medications[0].name → medications. */
    private FormErrors errors(ApiProblem failure) {
        Problem problem = failure.problem();
        String summary = failure.status() == 412
                ? Texts.in(viewer.language(), CareMessages.class).intake_changed_meanwhile()
                : problem.detail() != null && !problem.detail().isBlank() ? problem.detail() : problem.title();
        FormErrors errors = FormErrors.summary(summary);
        for (Problem.FieldError error : problem.errors()) {
            if (error.field() != null) {
                errors = errors.with(field(error.field()), error.message());
            }
        }
        return errors;
    }

    static String field(String path) {
        String[] parts = path.replaceAll("\\[\\d+]", "").split("\\.");
        String last = parts[parts.length - 1];
        for (String part : parts) {
            switch (part) {
                case "medications", "injuries", "surgeries", "goals", "dailyLoad", "conditions", "painLocations",
                     "neurologicalSymptoms" -> {
                    return part;
                }
                case "corticosteroidInjections" -> {
                    return "injections";
                }
                default -> {
                }
            }
        }
        return last;
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
