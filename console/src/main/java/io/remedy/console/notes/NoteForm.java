package io.remedy.console.notes;

import io.remedy.console.page.FormErrors;
import io.remedy.console.records.RecordsModels.Note;
import io.remedy.console.records.RecordsModels.NoteDraft;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The SOAP note of a session as its page shows it: the session, the note's state, the draft's fields, amendments. */
public record NoteForm(UUID sessionId, UUID clientId, String clientName, String when, String location,
                       String sessionStatus, boolean mayComplete, Note note, Fields fields, List<Choice> techniques,
                       List<AmendmentRow> amendments, String signedAt, String dueAt, String message,
                       String idempotencyKey, FormErrors errors, FormErrors amendmentErrors) {

    /** Pressures a note may record (records-service's codes). */
    public static final List<String> PRESSURES = List.of("GENTLE", "LIGHT", "MODERATE", "FIRM");

    /** A technique and whether the note names it. */
    public record Choice(String code, boolean checked) {
    }

    /** An amendment of a signed note. */
    public record AmendmentRow(String reason, String text, String amendedAt) {
    }

    /** The four parts of a SOAP note, in order; each a field of the draft. */
    public List<String> soapParts() {
        return List.of("subjective", "objective", "assessment", "plan");
    }

    public List<String> pressures() {
        return PRESSURES;
    }

    /** The text of one SOAP part. */
    public String text(String part) {
        return switch (part) {
            case "subjective" -> fields.subjective();
            case "objective" -> fields.objective();
            case "assessment" -> fields.assessment();
            case "plan" -> fields.plan();
            default -> "";
        };
    }

    /** The state the page is in. */
    public String state() {
        if (note == null) {
            return "NONE";
        }
        if (note.signed()) {
            return "SIGNED";
        }
        if ("CANCELLED".equals(note.status())) {
            return "CANCELLED";
        }
        return note.writable() ? "WRITABLE" : "WAITING";
    }

    /** The draft as text fields. */
    public record Fields(String subjective, String objective, String assessment, String plan,
                         List<String> techniques, String pressure, String regions, String clientResponse,
                         String sorenessAdvice, String homeworkGiven) {

        public static Fields of(Note note) {
            if (note == null) {
                return new Fields("", "", "", "", List.of(), "", "", "", "", "");
            }
            return new Fields(orEmpty(note.subjective()), orEmpty(note.objective()), orEmpty(note.assessment()),
                    orEmpty(note.plan()), note.techniques(), orEmpty(note.pressure()), String.join("\n", note.regions()),
                    orEmpty(note.clientResponse()), orEmpty(note.sorenessAdvice()),
                    String.join("\n", note.homeworkGiven()));
        }

        public static Fields of(MultivaluedMap<String, String> form) {
            return new Fields(value(form, "subjective"), value(form, "objective"), value(form, "assessment"),
                    value(form, "plan"), form.getOrDefault("techniques", List.of()), value(form, "pressure"),
                    value(form, "regions"), value(form, "clientResponse"), value(form, "sorenessAdvice"),
                    value(form, "homeworkGiven"));
        }

        public NoteDraft toDraft() {
            return new NoteDraft(blank(subjective), blank(objective), blank(assessment), blank(plan), techniques,
                    blank(pressure), lines(regions).stream()
                            .map(r -> r.toUpperCase(Locale.ROOT).replace(' ', '_')).toList(),
                    blank(clientResponse), blank(sorenessAdvice), lines(homeworkGiven));
        }

        public List<Choice> choices() {
            return io.remedy.console.plan.PlanForm.TECHNIQUES.stream()
                    .map(code -> new Choice(code, techniques.contains(code))).toList();
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\n")).map(String::trim)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
