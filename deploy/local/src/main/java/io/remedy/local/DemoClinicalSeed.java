package io.remedy.local;

import io.remedy.local.DemoChain.Client;
import io.remedy.local.DemoDiarySeed.Diary;
import io.remedy.local.DemoDiarySeed.Outcome;
import io.remedy.local.DemoDiarySeed.Visit;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.remedy.local.DemoApi.object;

/**
 * The clinical side of the demo: for the regulars of a chain, what their treating therapist recorded over the past
 * weeks, through the records API with the therapist's own token: treatment and data-processing consent, an intake,
 * assessments (NRS and ODI) at their first, third and fifth visit that improve as treatment goes on, a treatment plan
 * with phases and homework, and a signed SOAP note for every completed session. One regular also had a red flag
 * raised and cleared. Each step reads first and writes only what is missing.
 *
 * <p>Records learns of clients and sessions from booking's events, so each client's first write waits (briefly) until
 * records knows the therapist treats them.
 */
final class DemoClinicalSeed {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Sections of the Oswestry questionnaire answered at each assessment: a back getting better. */
    private static final List<List<Integer>> ODI = List.of(
            List.of(3, 2, 3, 2, 2, 3, 2, 2, 1, 2),
            List.of(2, 1, 2, 2, 1, 2, 2, 1, 1, 2),
            List.of(1, 1, 1, 1, 1, 1, 1, 1, 0, 2));
    private static final List<Integer> NRS = List.of(7, 5, 3);
    /** The visits (0-based, completed ones) at which an assessment is taken. */
    private static final List<Integer> ASSESSED_AT = List.of(0, 2, 4);

    private final HttpClient http;
    private final LocalStack stack;
    private final Map<String, DemoApi> users = new HashMap<>();

    DemoClinicalSeed(HttpClient http, LocalStack stack) {
        this.http = http;
        this.stack = stack;
    }

    /** Seeds the records of the chain's regulars whose therapist has a login; a summary of what there is. */
    String seed(DemoChain chain, Diary diary) {
        int clients = 0;
        int assessments = 0;
        int notes = 0;
        for (Client client : chain.clients()) {
            if (client.regular() == null || chain.therapist(client.regular().therapist()).user() == null) {
                continue;
            }
            List<Visit> completed = diary.of(client).stream().filter(v -> v.status() == Outcome.COMPLETED).toList();
            if (completed.isEmpty()) {
                continue;
            }
            DemoApi therapist = user(chain.therapist(client.regular().therapist()).user());
            String record = "/records/clients/" + client.id();
            awaitTreating(therapist, record + "/consents?limit=50");
            consents(therapist, record, completed.get(0));
            intake(client.user() != null ? user(client.user()) : therapist, record, client, completed.get(0));
            assessments += assessments(therapist, record, completed);
            plan(therapist, record, client, completed.get(0));
            if (client.familyName().equals("Carter")) {
                redFlag(therapist, record, completed.get(completed.size() - 1));
            }
            for (Visit visit : completed) {
                notes += note(therapist, visit, completed.indexOf(visit)) ? 1 : 0;
            }
            clients++;
        }
        return clients + " clients at " + chain.tenant() + " with consents, intake, " + assessments
                + " assessments, a plan and " + notes + " signed notes";
    }

    private DemoApi user(String username) {
        return users.computeIfAbsent(username, name -> new DemoApi(http, stack, name));
    }

    /** Waits until records has heard of the client and of the therapist's sessions with them. */
    private static void awaitTreating(DemoApi therapist, String path) {
        await(() -> therapist.send("GET", path, null, Map.of()).status() == 200, "records to know " + path);
    }

    private static void consents(DemoApi therapist, String record, Visit first) {
        List<Map<String, Object>> given = therapist.all(record + "/consents?limit=50");
        String givenAt = first.startsAt().minus(Duration.ofMinutes(10)).toString();
        for (String kind : List.of("TREATMENT", "DATA_PROCESSING")) {
            boolean current = given.stream().anyMatch(c -> kind.equals(c.get("kind")) && Boolean.TRUE.equals(c.get("current")));
            if (!current) {
                therapist.post(record + "/consents", object("kind", kind,
                        "textVersion", kind.equals("TREATMENT") ? "treatment-2026-01" : "privacy-2026-01",
                        "givenAt", givenAt), 201);
            }
        }
    }

    /** The intake the client filled in before their first visit (the client themself, if they have a login). */
    private static void intake(DemoApi author, String record, Client client, Visit first) {
        DemoApi.Reply current = author.send("GET", record + "/intake", null, Map.of());
        if (current.status() == 200) {
            return;
        }
        String family = client.familyName();
        Map<String, Object> intake = object(
                "occupation", occupation(client),
                "dailyLoad", switch (family) {
                    case "Thompson" -> List.of("PATIENT_HANDLING", "PROLONGED_STANDING");
                    case "Fisher" -> List.of("MANUAL_TRADES", "REPETITIVE_BENDING");
                    case "Carter" -> List.of("DRIVING", "HEAVY_LIFTING");
                    default -> List.of("LONG_STATIC_SITTING");
                },
                "medicalHistory", "Recurrent lower back pain for two years; no other significant history",
                "conditions", family.equals("Carter") ? List.of("OSTEOARTHRITIS") : List.of(),
                "injuries", family.equals("Fisher")
                        ? List.of(object("description", "Fell from a ladder, bruised lower back", "date", "2024-03-10"))
                        : List.of(),
                "surgeries", List.of(),
                "medications", List.of(object("name", "Ibuprofen", "dose", "400 mg as needed")),
                "corticosteroidInjections", family.equals("Lopez")
                        ? List.of(object("site", "Left sacroiliac joint",
                                "givenOn", first.startsAt().atZone(first.location().zone()).toLocalDate()
                                        .minusWeeks(6).toString()))
                        : List.of(),
                "painLocations", List.of("LOWER_BACK", "LEFT_BUTTOCK"),
                "painRadiates", family.equals("Lopez") ? "ONE_LEG" : "NONE",
                "symptoms", object("saddleNumbness", false, "newBladderDysfunction", false,
                        "newBowelDysfunction", false, "progressiveLegWeakness", false, "arthritisFlaring", false,
                        "morningStiffnessMinutes", 10, "neurologicalSymptoms", List.of(),
                        "recentSignificantTrauma", false, "unexplainedWeightLoss", false, "fever", false,
                        "nightPainUnrelievedByRest", false),
                "goals", List.of("Work a full shift without back pain", "Sleep through the night"));
        author.put(record + "/intake", intake, null, 200, 201);
    }

    private static String occupation(Client client) {
        return switch (client.familyName()) {
            case "Thompson" -> "Nurse on an orthopaedic ward (lifting patients)";
            case "Fisher" -> "Electrician (kneeling, lifting, ladders)";
            case "Lopez" -> "Accountant (long hours at a desk)";
            case "Carter" -> "Delivery driver";
            default -> "Software developer (long static sitting)";
        };
    }

    private static int assessments(DemoApi therapist, String record, List<Visit> completed) {
        List<Map<String, Object>> existing = therapist.all(record + "/assessments?limit=200");
        int count = 0;
        for (int i = 0; i < ASSESSED_AT.size(); i++) {
            int index = ASSESSED_AT.get(i);
            if (index >= completed.size()) {
                break;
            }
            Visit visit = completed.get(index);
            count++;
            if (existing.stream().anyMatch(a -> visit.sessionId().equals(a.get("sessionId")))) {
                continue;
            }
            Map<String, Object> romAndTests = object(
                    "lumbarFlexion", 40 + 10 * i, "lumbarExtension", 15 + 5 * i,
                    "sideBendingLeft", 20 + 3 * i, "sideBendingRight", 18 + 4 * i);
            therapist.post(record + "/assessments", object(
                    "locationId", visit.location().id(),
                    "sessionId", visit.sessionId(),
                    "nrs", NRS.get(i),
                    "odiAnswers", ODI.get(i),
                    "rom", romAndTests,
                    "tests", List.of(object("test", "STRAIGHT_LEG_RAISE", "side", "LEFT",
                            "result", i == 0 ? "POSITIVE" : "NEGATIVE", "angleDegrees", i == 0 ? 55 : 80)),
                    "triggerPoints", i == 2 ? List.of(object("muscle", "QUADRATUS_LUMBORUM", "side", "LEFT"))
                            : List.of(object("muscle", "QUADRATUS_LUMBORUM", "side", "LEFT"),
                                    object("muscle", "GLUTEUS_MEDIUS", "side", "LEFT")),
                    "assessedAt", visit.startsAt().plus(Duration.ofMinutes(15)).toString(),
                    "notes", i == 0 ? "Baseline" : "Review"), 201);
        }
        return count;
    }

    private static void plan(DemoApi therapist, String record, Client client, Visit first) {
        if (!therapist.all(record + "/plans?limit=50").isEmpty()) {
            return;
        }
        therapist.post(record + "/plans", object(
                "therapistId", first.therapist().id(),
                "locationId", first.location().id(),
                "phases", List.of(
                        object("name", "Relief", "intervalWeeks", 1, "sessionCount", 6, "goals", List.of(
                                object("description", "Pain at or below 3/10 at work", "measure", "NRS", "target", 3,
                                        "met", false))),
                        object("name", "Restore", "intervalWeeks", 2, "sessionCount", 4, "goals", List.of(
                                object("description", "Disability in the minimal band", "measure", "ODI",
                                        "target", 20, "met", false))),
                        object("name", "Maintain", "intervalWeeks", 4, "goals", List.of(
                                object("description", "Stay active without flare-ups", "met", false)))),
                "techniques", List.of("TRIGGER_POINT", "MYOFASCIAL_RELEASE", "DEEP_TISSUE",
                        "MUSCLE_ENERGY_TECHNIQUE", "STRETCHING_AND_STRENGTHENING"),
                "regions", List.of("FEET", "CALVES", "HAMSTRINGS", "GLUTEALS", "QUADRATUS_LUMBORUM",
                        "LUMBAR_PARASPINALS"),
                "homework", List.of(
                        object("title", "Knee-to-chest stretch", "instructions", "Lie on your back, draw one knee "
                                + "to your chest, hold 30 seconds, three times each side", "timesPerDay", 2,
                                "daysPerWeek", 7),
                        object("title", "Glute bridge", "instructions", "Lie on your back, knees bent, lift your "
                                + "hips until your body is straight, hold 5 seconds, 10 times", "timesPerDay", 1,
                                "daysPerWeek", 5),
                        object("title", "Walk", "instructions", "A brisk 20-minute walk, stopping before pain "
                                + "rises above 3/10", "timesPerDay", 1, "daysPerWeek", 5)),
                "reviewDate", LocalDate.now(ZoneOffset.UTC).plusWeeks(3).toString(),
                "changeReason", "INITIAL_PLAN"), 201);
    }

    /** A red flag the therapist raised (a history of osteoporosis: refer) and cleared on the GP's answer. */
    private static void redFlag(DemoApi therapist, String record, Visit visit) {
        if (!therapist.all(record + "/red-flags?limit=50").isEmpty()) {
            return;
        }
        Map<String, Object> flag = therapist.post(record + "/red-flags", object(
                "locationId", visit.location().id(),
                "sessionId", visit.sessionId(),
                "findings", List.of("OSTEOPOROSIS"),
                "notes", "Mentioned a recent osteoporosis diagnosis; referred to GP before further deep work"), 201);
        therapist.post(record + "/red-flags/" + flag.get("id") + "/clear", object(
                "clearance", "MEDICAL_CLEARANCE",
                "outcome", "GP confirmed mild osteopenia only; cleared for massage with moderate pressure"), 200);
    }

    /** Writes and signs the SOAP note of a completed session; false if records has no note for it. */
    private static boolean note(DemoApi therapist, Visit visit, int index) {
        String path = "/records/sessions/" + visit.sessionId() + "/notes";
        List<Map<String, Object>> found = new ArrayList<>();
        await(() -> {
            found.clear();
            DemoApi.Reply reply = therapist.send("GET", path, null, Map.of());
            if (reply.status() == 200) {
                for (Object note : (List<?>) reply.object().get("items")) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> n = (Map<String, Object>) note;
                    if (n.get("sessionCompletedAt") != null || "SIGNED".equals(n.get("status"))) {
                        found.add(n);
                    }
                }
            }
            return !found.isEmpty();
        }, "the note of session " + visit.sessionId());
        Map<String, Object> note = found.get(0);
        if ("SIGNED".equals(note.get("status"))) {
            return true;
        }
        String better = index == 0 ? "first visit" : "pain easing, sleeping better";
        DemoApi.Reply draft = therapist.put(path, object(
                "subjective", "Lower back pain, " + better + "; sitting tolerance improving",
                "objective", "Tight left quadratus lumborum and gluteus medius; active trigger point in left QL",
                "assessment", "Mechanical lower back pain with muscular referral; responding to treatment",
                "plan", "Continue weekly; progress home exercises",
                "techniques", List.of("TRIGGER_POINT", "MYOFASCIAL_RELEASE", "DEEP_TISSUE"),
                "pressure", index == 0 ? "MODERATE" : "FIRM",
                "regions", List.of("CALVES", "HAMSTRINGS", "GLUTEALS", "QUADRATUS_LUMBORUM", "LUMBAR_PARASPINALS"),
                "clientResponse", "Tolerated well; reported easing during treatment",
                "sorenessAdvice", "Some soreness for 24-48 hours is normal and settles; keep moving gently",
                "homeworkGiven", List.of("Knee-to-chest stretch", "Glute bridge")),
                "\"" + ((Number) note.get("version")).longValue() + "\"", 200);
        Map<String, Object> saved = draft.object();
        therapist.post(path + "/" + saved.get("id") + "/sign", null,
                "\"" + ((Number) saved.get("version")).longValue() + "\"", 200);
        return true;
    }

    private static void await(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Seeding the clinical records: waited " + PATIENCE.toSeconds()
                        + " s for " + what);
            }
            DemoApi.sleep(POLL);
        }
    }
}
