package io.remedy.console.records;

import io.remedy.console.records.RecordsModels.HistoryItem;
import io.remedy.console.records.RecordsModels.Injection;
import io.remedy.console.records.RecordsModels.IntakeAnswers;
import io.remedy.console.records.RecordsModels.Medication;
import io.remedy.console.records.RecordsModels.Symptoms;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The intake as the editor shows it and sends it: choices as codes, lists as one item a line ("Naproxen, 250 mg";
 * "Right sacroiliac joint, 2026-10-30"), the screening questions as yes/no. The API checks every value.
 */
public record IntakeForm(String occupation, List<String> dailyLoad, String medicalHistory, List<String> conditions,
                         String injuries, String surgeries, String medications, String injections,
                         String painLocations, String painRadiates, List<String> yes, String morningStiffnessMinutes,
                         List<String> neurologicalSymptoms, String goals) {

    public static final List<String> LOADS = List.of("PATIENT_HANDLING", "HEAVY_LIFTING", "MANUAL_TRADES",
            "LONG_STATIC_SITTING", "PROLONGED_STANDING", "DRIVING", "REPETITIVE_BENDING", "SPORT", "OTHER");
    public static final List<String> CONDITIONS = List.of("RHEUMATOID_ARTHRITIS", "OTHER_INFLAMMATORY_ARTHRITIS",
            "OSTEOARTHRITIS", "OSTEOPOROSIS", "CANCER", "DIABETES", "HYPERTENSION", "HEART_DISEASE", "PREGNANCY", "OTHER");
    public static final List<String> RADIATION = List.of("NONE", "ONE_LEG", "BOTH_LEGS");
    public static final List<String> NEUROLOGICAL = List.of("TINGLING", "WEAKNESS", "LOSS_OF_COORDINATION",
            "IRREGULAR_GAIT", "BALANCE_PROBLEMS");
    /** The yes/no screening questions, by their field names in the API. */
    public static final List<String> QUESTIONS = List.of("saddleNumbness", "newBladderDysfunction",
            "newBowelDysfunction", "progressiveLegWeakness", "arthritisFlaring", "recentSignificantTrauma",
            "unexplainedWeightLoss", "fever", "nightPainUnrelievedByRest");

    public boolean has(List<String> chosen, String code) {
        return chosen != null && chosen.contains(code);
    }

    public static IntakeForm blank() {
        return new IntakeForm("", List.of(), "", List.of(), "", "", "", "", "", "", List.of(), "", List.of(), "");
    }

    public static IntakeForm of(IntakeAnswers answers) {
        if (answers == null) {
            return blank();
        }
        Symptoms s = answers.symptoms();
        List<String> yes = new ArrayList<>();
        if (s != null) {
            Boolean[] values = {s.saddleNumbness(), s.newBladderDysfunction(), s.newBowelDysfunction(),
                    s.progressiveLegWeakness(), s.arthritisFlaring(), s.recentSignificantTrauma(),
                    s.unexplainedWeightLoss(), s.fever(), s.nightPainUnrelievedByRest()};
            for (int i = 0; i < values.length; i++) {
                if (Boolean.TRUE.equals(values[i])) {
                    yes.add(QUESTIONS.get(i));
                }
            }
        }
        return new IntakeForm(text(answers.occupation()), list(answers.dailyLoad()), text(answers.medicalHistory()),
                list(answers.conditions()), history(answers.injuries()), history(answers.surgeries()),
                String.join("\n", list(answers.medications()).stream()
                        .map(m -> m.name() + (m.dose() == null || m.dose().isBlank() ? "" : ", " + m.dose())).toList()),
                String.join("\n", list(answers.corticosteroidInjections()).stream()
                        .map(i -> i.site() + (i.givenOn() == null ? "" : ", " + i.givenOn())).toList()),
                String.join(", ", list(answers.painLocations()).stream()
                        .map(code -> code.toLowerCase(Locale.ROOT).replace('_', ' ')).toList()),
                text(answers.painRadiates()), yes,
                s == null || s.morningStiffnessMinutes() == null ? "" : s.morningStiffnessMinutes().toString(),
                s == null ? List.of() : list(s.neurologicalSymptoms()), String.join("\n", list(answers.goals())));
    }

    public static IntakeForm of(MultivaluedMap<String, String> form) {
        return new IntakeForm(first(form, "occupation"), all(form, "dailyLoad"), first(form, "medicalHistory"),
                all(form, "conditions"), first(form, "injuries"), first(form, "surgeries"), first(form, "medications"),
                first(form, "injections"), first(form, "painLocations"), first(form, "painRadiates"),
                all(form, "yes"), first(form, "morningStiffnessMinutes"), all(form, "neurologicalSymptoms"),
                first(form, "goals"));
    }

    /** The answers as the API takes them; what cannot be read (a date, a number) goes as sent for the API to name. */
    public IntakeAnswers toAnswers() {
        Symptoms symptoms = new Symptoms(answer("saddleNumbness"), answer("newBladderDysfunction"),
                answer("newBowelDysfunction"), answer("progressiveLegWeakness"), answer("arthritisFlaring"),
                number(morningStiffnessMinutes), neurologicalSymptoms, answer("recentSignificantTrauma"),
                answer("unexplainedWeightLoss"), answer("fever"), answer("nightPainUnrelievedByRest"));
        return new IntakeAnswers(blankToNull(occupation), dailyLoad, blankToNull(medicalHistory), conditions,
                lines(injuries).stream().map(IntakeForm::historyItem).toList(),
                lines(surgeries).stream().map(IntakeForm::historyItem).toList(),
                lines(medications).stream().map(line -> {
                    String[] parts = line.split(",", 2);
                    return new Medication(parts[0].trim(), parts.length > 1 ? blankToNull(parts[1].trim()) : null);
                }).toList(),
                lines(injections).stream().map(line -> {
                    String[] parts = splitDate(line);
                    return new Injection(parts[0], date(parts[1]));
                }).toList(),
                Arrays.stream(painLocations == null ? new String[0] : painLocations.split("[,\\n]"))
                        .map(String::trim).filter(w -> !w.isEmpty())
                        .map(w -> w.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_")).toList(),
                blankToNull(painRadiates), symptoms, lines(goals));
    }

    private Boolean answer(String question) {
        return yes.contains(question);
    }

    private static HistoryItem historyItem(String line) {
        String[] parts = splitDate(line);
        return new HistoryItem(parts[0], date(parts[1]));
    }

    /** "what, 2019-05-01" → what and the date; without a date at the end, the whole line. */
    static String[] splitDate(String line) {
        int comma = line.lastIndexOf(',');
        if (comma > 0 && date(line.substring(comma + 1).trim()) != null) {
            return new String[]{line.substring(0, comma).trim(), line.substring(comma + 1).trim()};
        }
        return new String[]{line.trim(), null};
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String history(List<HistoryItem> items) {
        return String.join("\n", list(items).stream()
                .map(i -> i.description() + (i.date() == null ? "" : ", " + i.date())).toList());
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultivaluedMap<String, String> form, String name) {
        return form.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
