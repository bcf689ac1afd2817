package io.remedy.console.plan;

import io.remedy.console.api.Booking;
import io.remedy.console.page.FormErrors;
import io.remedy.console.records.RecordsModels.Goal;
import io.remedy.console.records.RecordsModels.Homework;
import io.remedy.console.records.RecordsModels.Phase;
import io.remedy.console.records.RecordsModels.Plan;
import io.remedy.console.records.RecordsModels.PlanWrite;
import jakarta.ws.rs.core.MultivaluedMap;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The plan editor's form: the plan as text fields, named by the API's JSON paths ({@code phases[0].goals[1].target})
 * so that the API's problem lands beside the field it names. Blank rows are offered for a new phase, goal and
 * homework item and left out when they stay blank.
 */
public record PlanForm(UUID clientId, String clientName, UUID planId, int version, List<Booking.Location> locations,
                       List<Booking.Service> services, String locationId, String serviceId, String status,
                       String reviewDate, String changeReason, List<PhaseInput> phases, List<Choice> techniques,
                       String regions, List<HomeworkInput> homework, List<VersionRow> versions,
                       String idempotencyKey, boolean saved, FormErrors errors) {

    public boolean isNew() {
        return planId == null;
    }

    public boolean at(UUID location) {
        return location.toString().equals(locationId);
    }

    public boolean offers(UUID service) {
        return service.toString().equals(serviceId);
    }

    public List<String> statuses() {
        return STATUSES;
    }

    public List<String> reasons() {
        return CHANGE_REASONS;
    }

    /** The techniques a plan may use (records-service's codes). */
    public static final List<String> TECHNIQUES = List.of("DEEP_TISSUE", "TRIGGER_POINT", "MYOFASCIAL_RELEASE",
            "SWEDISH", "MUSCLE_ENERGY_TECHNIQUE", "POSITIONAL_RELEASE", "JOINT_MOBILISATION",
            "STRETCHING_AND_STRENGTHENING", "NEUROMUSCULAR", "LYMPHATIC_DRAINAGE", "ACUPRESSURE");
    /** Why a plan changes (records-service's codes). */
    public static final List<String> CHANGE_REASONS = List.of("SCHEDULED_REVIEW", "PROGRESS", "FLARE_UP",
            "RED_FLAG_CLEARED", "CLIENT_REQUEST", "DISCHARGE", "OTHER");
    public static final List<String> STATUSES = List.of("ACTIVE", "COMPLETED", "DISCONTINUED");

    /** A phase as entered. */
    public record PhaseInput(int index, String name, String intervalWeeks, String sessionCount,
                             List<GoalInput> goals) {
        public int number() {
            return index + 1;
        }

        public String field(String name) {
            return "phases[" + index + "]." + name;
        }
    }

    /** A goal as entered. */
    public record GoalInput(int phase, int index, String goalId, String description, String measure, String target,
                            boolean met) {
        public int number() {
            return index + 1;
        }

        public String field(String name) {
            return "phases[" + phase + "].goals[" + index + "]." + name;
        }
    }

    /** A homework item as entered. */
    public record HomeworkInput(int index, String homeworkId, String title, String instructions, String timesPerDay,
                                String daysPerWeek) {
        public int number() {
            return index + 1;
        }

        public String field(String name) {
            return "homework[" + index + "]." + name;
        }
    }

    /** A technique and whether the plan uses it. */
    public record Choice(String code, boolean checked) {
    }

    /** One version of the plan. */
    public record VersionRow(int version, String status, String changedAt, String changeReason) {
    }

    /** The parts of a plan the form edits, as text. */
    public record Fields(String locationId, String serviceId, String status, String reviewDate, String changeReason,
                         List<PhaseInput> phases, List<String> techniques, String regions,
                         List<HomeworkInput> homework) {

        /** The fields of a plan as it stands, with blank rows to add to. */
        public static Fields of(Plan plan) {
            List<PhaseInput> phases = new ArrayList<>();
            for (int p = 0; p < plan.phases().size(); p++) {
                Phase phase = plan.phases().get(p);
                List<GoalInput> goals = new ArrayList<>();
                for (int g = 0; g < phase.goals().size(); g++) {
                    Goal goal = phase.goals().get(g);
                    goals.add(new GoalInput(p, g, text(goal.goalId()), goal.description(), text(goal.measure()),
                            text(goal.target()), goal.met()));
                }
                phases.add(new PhaseInput(p, phase.name(), text(phase.intervalWeeks()), text(phase.sessionCount()),
                        goals));
            }
            List<HomeworkInput> homework = new ArrayList<>();
            for (int h = 0; h < plan.homework().size(); h++) {
                Homework item = plan.homework().get(h);
                homework.add(new HomeworkInput(h, text(item.homeworkId()), item.title(), item.instructions(),
                        text(item.timesPerDay()), text(item.daysPerWeek())));
            }
            return new Fields(text(plan.locationId()), text(plan.serviceId()), plan.status(),
                    text(plan.reviewDate()), "", phases, plan.techniques(), String.join("\n", plan.regions()),
                    homework).withBlanks();
        }

        /** A first plan: one phase to fill in. */
        public static Fields blank(String locationId) {
            return new Fields(locationId, "", "ACTIVE", "", "", List.of(), List.of(), "", List.of()).withBlanks();
        }

        /** What the browser sent, rows in order, blank rows left out. */
        public static Fields of(MultivaluedMap<String, String> form) {
            List<PhaseInput> phases = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                String prefix = "phases[" + p + "].";
                if (!form.containsKey(prefix + "name")) {
                    continue;
                }
                List<GoalInput> goals = new ArrayList<>();
                for (int g = 0; g < 20; g++) {
                    String goal = prefix + "goals[" + g + "].";
                    if (!form.containsKey(goal + "description")) {
                        continue;
                    }
                    String description = value(form, goal + "description");
                    if (description.isBlank() && value(form, goal + "target").isBlank()) {
                        continue;
                    }
                    goals.add(new GoalInput(phases.size(), goals.size(), value(form, goal + "goalId"), description,
                            value(form, goal + "measure"), value(form, goal + "target"),
                            form.containsKey(goal + "met")));
                }
                String name = value(form, prefix + "name");
                if (name.isBlank() && value(form, prefix + "intervalWeeks").isBlank() && goals.isEmpty()) {
                    continue;
                }
                phases.add(new PhaseInput(phases.size(), name, value(form, prefix + "intervalWeeks"),
                        value(form, prefix + "sessionCount"), goals));
            }
            List<HomeworkInput> homework = new ArrayList<>();
            for (int h = 0; h < 30; h++) {
                String prefix = "homework[" + h + "].";
                if (!form.containsKey(prefix + "title")) {
                    continue;
                }
                if (value(form, prefix + "title").isBlank() && value(form, prefix + "instructions").isBlank()) {
                    continue;
                }
                homework.add(new HomeworkInput(homework.size(), value(form, prefix + "homeworkId"),
                        value(form, prefix + "title"), value(form, prefix + "instructions"),
                        value(form, prefix + "timesPerDay"), value(form, prefix + "daysPerWeek")));
            }
            return new Fields(value(form, "locationId"), value(form, "serviceId"), value(form, "status"),
                    value(form, "reviewDate"), value(form, "changeReason"), phases,
                    form.getOrDefault("techniques", List.of()), value(form, "regions"), homework);
        }

        /** The plan to send: numbers the browser sent that are no numbers are sent as -1, for the API to name. */
        public PlanWrite toPlan(boolean change) {
            List<Phase> sentPhases = phases.stream().map(p -> new Phase(blankToNull(p.name()),
                    p.goals().stream().map(g -> new Goal(uuid(g.goalId()), blankToNull(g.description()),
                            blankToNull(g.measure()), number(g.target()), g.met())).toList(),
                    number(p.intervalWeeks()), number(p.sessionCount()))).toList();
            List<Homework> sentHomework = homework.stream().map(h -> new Homework(uuid(h.homeworkId()),
                    blankToNull(h.title()), blankToNull(h.instructions()), number(h.timesPerDay()),
                    number(h.daysPerWeek()))).toList();
            List<String> sentRegions = Arrays.stream(regions.split("[\\n,]+")).map(String::trim)
                    .filter(r -> !r.isEmpty()).map(r -> r.toUpperCase(java.util.Locale.ROOT).replace(' ', '_'))
                    .toList();
            return new PlanWrite(uuid(locationId), uuid(serviceId), change ? blankToNull(status) : null, sentPhases,
                    techniques, sentRegions, sentHomework, day(reviewDate), change ? blankToNull(changeReason) : null);
        }

        /** The same fields with a blank phase, two blank goals per phase and a blank homework item to fill in. */
        public Fields withBlanks() {
            List<PhaseInput> more = new ArrayList<>();
            for (PhaseInput phase : phases) {
                List<GoalInput> goals = new ArrayList<>(phase.goals());
                while (goals.size() < phase.goals().size() + 2 && goals.size() < 20) {
                    goals.add(new GoalInput(phase.index(), goals.size(), "", "", "", "", false));
                }
                more.add(new PhaseInput(phase.index(), phase.name(), phase.intervalWeeks(), phase.sessionCount(),
                        goals));
            }
            if (more.size() < 10) {
                int index = more.size();
                more.add(new PhaseInput(index, "", "", "", List.of(new GoalInput(index, 0, "", "", "", "", false),
                        new GoalInput(index, 1, "", "", "", "", false))));
            }
            List<HomeworkInput> items = new ArrayList<>(homework);
            if (items.size() < 30) {
                items.add(new HomeworkInput(items.size(), "", "", "", "", ""));
            }
            return new Fields(locationId, serviceId, status, reviewDate, changeReason, more, techniques, regions,
                    items);
        }

        public List<Choice> techniqueChoices() {
            return TECHNIQUES.stream().map(code -> new Choice(code, techniques.contains(code))).toList();
        }
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.trim();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate day(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
