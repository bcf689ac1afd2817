package io.remedy.console.records;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.RecordsModels.NewAssessment;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The assessment form: pain (NRS) and the ten ODI sections; records-service scores it and the record shows it. */
@Path("/records/{clientId}/assessments")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assessment(AssessmentForm form);
    }

    /** What the form shows: the client, where, the questionnaire, and what was entered when it comes back. */
    public record AssessmentForm(UUID clientId, String clientName, UUID sessionId, List<Booking.Location> locations,
                                 String locationId, String nrs, List<SectionInput> sections, String notes,
                                 String idempotencyKey, FormErrors errors) {

        /** The points of the pain scale, 0 to 10. */
        public List<Integer> scale() {
            return java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList();
        }

        public boolean nrsIs(int point) {
            return String.valueOf(point).equals(nrs);
        }

        public boolean at(UUID location) {
            return location.toString().equals(locationId);
        }
    }

    /** One ODI section as the form shows it: its field name and the chosen level ("" for skipped). */
    public record SectionInput(int index, String field, String name, List<String> statements, String chosen) {

        public int number() {
            return index + 1;
        }

        public boolean is(int level) {
            return String.valueOf(level).equals(chosen);
        }

        public boolean skipped() {
            return chosen == null || chosen.isEmpty();
        }
    }

    private final RecordsApi records;
    private final BookingApi booking;
    private final Viewer viewer;

    public AssessmentPage(@RestClient RecordsApi records, @RestClient BookingApi booking, Viewer viewer) {
        this.records = records;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    @Path("/new")
    public Uni<TemplateInstance> form(@PathParam("clientId") UUID clientId, @QueryParam("sessionId") UUID sessionId) {
        return session(sessionId).flatMap(session -> render(clientId, sessionId,
                session == null ? null : session.locationId().toString(), null, List.of(), null,
                UUID.randomUUID().toString(), FormErrors.NONE));
    }

    @POST
    public Uni<Object> record(@PathParam("clientId") UUID clientId, MultivaluedMap<String, String> form) {
        List<String> chosen = new ArrayList<>();
        List<Integer> odi = new ArrayList<>();
        boolean anyOdi = false;
        for (int i = 0; i < 10; i++) {
            String value = RecordPage.blank(form.getFirst("odiAnswers[" + i + "]"));
            chosen.add(value == null ? "" : value);
            Integer level = integer(value);
            anyOdi |= level != null;
            odi.add(level);
        }
        UUID sessionId = uuid(form.getFirst("sessionId"));
        String locationId = RecordPage.blank(form.getFirst("locationId"));
        String nrs = RecordPage.blank(form.getFirst("nrs"));
        String notes = RecordPage.blank(form.getFirst("notes"));
        String key = RecordPage.key(form.getFirst("idempotencyKey"));
        FormErrors local = FormErrors.NONE;
        if (locationId != null && uuid(locationId) == null) {
            local = FormErrors.summary(Texts.in(viewer.language(), ClinicalMessages.class).form_check()).with("locationId",
                    Texts.in(viewer.language(), ClinicalMessages.class).choose_location());
        }
        if (local.any()) {
            return render(clientId, sessionId, locationId, nrs, chosen, notes, key, local).map(page -> page);
        }
        NewAssessment assessment = new NewAssessment(uuid(locationId), sessionId, nrsValue(nrs),
                anyOdi ? odi : null, notes);
        return records.recordAssessment(clientId, key, assessment)
                .<Object>map(done -> Response.seeOther(
                        URI.create("/records/" + clientId + "?assessment=" + done.id() + "#assessments")).build())
                .onFailure(ApiProblem.class).recoverWithUni(failure -> render(clientId, sessionId, locationId, nrs,
                        chosen, notes, key, FormErrors.of((ApiProblem) failure)).map(page -> page));
    }

    private Uni<TemplateInstance> render(UUID clientId, UUID sessionId, String locationId, String nrs,
                                         List<String> chosen, String notes, String key, FormErrors errors) {
        List<OdiQuestionnaire.Section> questionnaire = OdiQuestionnaire.in(viewer.language());
        List<SectionInput> sections = new ArrayList<>();
        for (int i = 0; i < questionnaire.size(); i++) {
            OdiQuestionnaire.Section section = questionnaire.get(i);
            sections.add(new SectionInput(i, "odiAnswers[" + i + "]", section.name(), section.statements(),
                    i < chosen.size() ? chosen.get(i) : ""));
        }
        return Uni.combine().all().unis(Answers.orNone(booking.client(clientId)), booking.locations())
                .asTuple().map(answers -> Templates.assessment(new AssessmentForm(clientId,
                        answers.getItem1() == null ? "" : answers.getItem1().name(), sessionId,
                        MyLocations.of(viewer, answers.getItem2()), locationId, nrs == null ? "" : nrs, sections,
                        notes == null ? "" : notes, key, errors)));
    }

    private Uni<Booking.Session> session(UUID sessionId) {
        return sessionId == null ? Uni.createFrom().nullItem() : Answers.orNone(booking.session(sessionId));
    }

    static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The NRS as sent: a number the API judges, or -1 for text that is no number (the API names the field). */
    private static Integer nrsValue(String value) {
        if (value == null) {
            return null;
        }
        Integer number = integer(value);
        return number == null ? -1 : number;
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
