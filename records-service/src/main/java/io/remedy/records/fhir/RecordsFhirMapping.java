package io.remedy.records.fhir;

import io.remedy.contracts.records.PlanUpdated.Goal;
import io.remedy.contracts.records.PlanUpdated.Homework;
import io.remedy.contracts.records.PlanUpdated.Measure;
import io.remedy.contracts.records.PlanUpdated.Phase;
import io.remedy.records.assessment.AssessmentView.AssessmentResponse;
import io.remedy.records.assessment.ClinicalImportance;
import io.remedy.records.audit.AuditView.AuditEntryResponse;
import io.remedy.records.consent.ConsentKind;
import io.remedy.records.consent.ConsentView.ConsentResponse;
import io.remedy.records.plan.PlanView.PlanResponse;
import io.remedy.records.redflag.RedFlagStatus;
import io.remedy.records.redflag.RedFlagView.RedFlagResponse;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Range;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The clinical record as FHIR R4 resources, plain functions of the JSON API's views: an assessment is up to two
 * {@code Observation}s (pain NRS, ODI total) and, with an ODI, a {@code QuestionnaireResponse}; a treatment plan is a
 * {@code CarePlan} with a {@code Goal} per goal of its phases; a consent a {@code Consent}; a red flag a
 * {@code Condition}; an audit entry an {@code AuditEvent}.
 */
public final class RecordsFhirMapping {

    public static final String LOINC = "http://loinc.org";
    /** LOINC: pain severity, 0–10 verbal numeric rating [Score] - Reported. */
    public static final String NRS_CODE = "72514-3";
    /** LOINC: Oswestry Disability Index total score. */
    public static final String ODI_CODE = "97909-6";
    /** Suffixes of the two Observations of an assessment: {@code <assessmentId>-nrs}, {@code <assessmentId>-odi}. */
    public static final String NRS = "nrs";
    public static final String ODI = "odi";

    static final String UCUM = "http://unitsofmeasure.org";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
    static final String SNOMED = "http://snomed.info/sct";
    static final String RED_FLAG_FINDING = "https://remedy.io/fhir/red-flag-finding";
    static final String CONSENT_TEXT = "https://remedy.io/fhir/consent-text/";
    static final String TECHNIQUE = "https://remedy.io/fhir/technique";

    private RecordsFhirMapping() {
    }

    // ---- assessments

    /**
     * The assessment's pain NRS as an Observation; against {@code baseline} (the client's first assessment, null
     * when this is it) its change and whether that change is clinically important.
     */
    public static Observation nrs(AssessmentResponse assessment, AssessmentResponse baseline) {
        Observation observation = observation(assessment, NRS, NRS_CODE, "Pain severity - 0-10 verbal numeric rating");
        observation.setValue(new Quantity().setValue(assessment.nrs()).setUnit("score").setSystem(UCUM)
                .setCode("{score}"));
        if (baseline != null && !baseline.id().equals(assessment.id())) {
            change(observation, baseline.nrs(), assessment.nrs(),
                    ClinicalImportance.nrs(baseline.nrs(), assessment.nrs()), "{score}", "score");
        }
        return observation;
    }

    /** The assessment's ODI total, its band and, against the baseline's ODI, the change; null without an ODI. */
    public static Observation odi(AssessmentResponse assessment, AssessmentResponse baseline) {
        if (assessment.odi() == null) {
            return null;
        }
        Observation observation = observation(assessment, ODI, ODI_CODE, "Oswestry Disability Index total score");
        observation.setValue(percent(assessment.odi().score()));
        observation.addInterpretation().setText(band(assessment.odi().band().name()));
        observation.addComponent().setCode(new CodeableConcept().setText("ODI band"))
                .setValue(new StringType(band(assessment.odi().band().name())));
        observation.addComponent().setCode(new CodeableConcept().setText("ODI sections answered"))
                .setValue(new Quantity().setValue(assessment.odi().answered()).setUnit("sections").setSystem(UCUM)
                        .setCode("1"));
        observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + assessment.id()));
        if (baseline != null && baseline.odi() != null && !baseline.id().equals(assessment.id())) {
            double from = baseline.odi().score();
            double to = assessment.odi().score();
            change(observation, from, to, ClinicalImportance.odi(from, to), "%", "%");
        }
        return observation;
    }

    /** The assessment's ten ODI answers against our Questionnaire; null without an ODI. */
    public static QuestionnaireResponse odiAnswers(AssessmentResponse assessment) {
        if (assessment.odiAnswers() == null || assessment.odi() == null) {
            return null;
        }
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(assessment.id().toString());
        response.setQuestionnaire(OdiQuestionnaire.URL);
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient(assessment.clientId()));
        response.setAuthored(Date.from(assessment.assessedAt()));
        if (assessment.therapistId() != null) {
            response.setAuthor(practitioner(assessment.therapistId()));
        }
        List<Integer> answers = assessment.odiAnswers();
        for (int i = 0; i < answers.size() && i < OdiQuestionnaire.SECTIONS.size(); i++) {
            if (answers.get(i) != null) {
                response.addItem().setLinkId(String.valueOf(i + 1)).setText(OdiQuestionnaire.SECTIONS.get(i))
                        .addAnswer().setValue(new org.hl7.fhir.r4.model.IntegerType(answers.get(i)));
            }
        }
        return response;
    }

    private static Observation observation(AssessmentResponse assessment, String suffix, String loinc, String display) {
        Observation observation = new Observation();
        observation.setId(assessment.id() + "-" + suffix);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory().addCoding(new Coding(OBSERVATION_CATEGORY, "survey", null));
        observation.setCode(new CodeableConcept().addCoding(new Coding(LOINC, loinc, display)).setText(display));
        observation.setSubject(patient(assessment.clientId()));
        observation.setEffective(new DateTimeType(Date.from(assessment.assessedAt())));
        if (assessment.recordedAt() != null) {
            observation.setIssued(Date.from(assessment.recordedAt()));
        }
        if (assessment.therapistId() != null) {
            observation.addPerformer(practitioner(assessment.therapistId()));
        }
        return observation;
    }

    private static void change(Observation observation, double from, double to, boolean important, String unit,
                               String shown) {
        observation.addComponent().setCode(new CodeableConcept().setText("Change from baseline"))
                .setValue(new Quantity().setValue(BigDecimal.valueOf(to - from).setScale(1, java.math.RoundingMode.HALF_UP))
                        .setUnit(shown).setSystem(UCUM).setCode(unit));
        observation.addComponent().setCode(new CodeableConcept().setText("Clinically important change from baseline"))
                .setValue(new BooleanType(important));
    }

    private static Quantity percent(double value) {
        return new Quantity().setValue(BigDecimal.valueOf(value)).setUnit("%").setSystem(UCUM).setCode("%");
    }

    private static String band(String band) {
        return switch (band) {
            case "MINIMAL" -> "Minimal disability (0-20 %)";
            case "MODERATE" -> "Moderate disability (21-40 %)";
            case "SEVERE" -> "Severe disability (41-60 %)";
            case "CRIPPLING" -> "Crippling back pain (61-80 %)";
            default -> "Bed-bound or exaggerating (81-100 %)";
        };
    }

    // ---- treatment plans

    /** The plan as a CarePlan: its phases and homework as activities, its goals as Goal references. */
    public static CarePlan carePlan(PlanResponse plan) {
        CarePlan carePlan = new CarePlan();
        carePlan.setId(plan.id().toString());
        carePlan.setStatus(switch (plan.status()) {
            case ACTIVE -> CarePlan.CarePlanStatus.ACTIVE;
            case COMPLETED -> CarePlan.CarePlanStatus.COMPLETED;
            case DISCONTINUED -> CarePlan.CarePlanStatus.REVOKED;
        });
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle("Treatment plan (version " + plan.version() + ")");
        carePlan.setSubject(patient(plan.clientId()));
        if (plan.createdAt() != null) {
            carePlan.setCreated(Date.from(plan.createdAt()));
        }
        if (plan.therapistId() != null) {
            carePlan.setAuthor(practitioner(plan.therapistId()));
        }
        List<String> parts = new ArrayList<>();
        if (!plan.techniques().isEmpty()) {
            parts.add("Techniques: " + String.join(", ", plan.techniques().stream().map(t -> words(t.name())).toList()));
        }
        if (!plan.regions().isEmpty()) {
            parts.add("Regions in order: " + String.join(" > ", plan.regions().stream().map(RecordsFhirMapping::words)
                    .toList()));
        }
        if (plan.reviewDate() != null) {
            parts.add("Review on " + plan.reviewDate());
        }
        if (!parts.isEmpty()) {
            carePlan.setDescription(String.join(". ", parts));
        }
        if (plan.reviewDate() != null) {
            carePlan.getPeriod().setEndElement(new DateTimeType(plan.reviewDate().toString()));
        }
        CarePlan.CarePlanActivityStatus activity = switch (plan.status()) {
            case ACTIVE -> CarePlan.CarePlanActivityStatus.INPROGRESS;
            case COMPLETED -> CarePlan.CarePlanActivityStatus.COMPLETED;
            case DISCONTINUED -> CarePlan.CarePlanActivityStatus.STOPPED;
        };
        for (int p = 0; p < plan.phases().size(); p++) {
            Phase phase = plan.phases().get(p);
            for (int g = 0; g < phase.goals().size(); g++) {
                carePlan.addGoal(new Reference("Goal/" + goalId(plan.id(), p, g)));
            }
            Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent().setFrequency(1)
                    .setPeriod(phase.intervalWeeks()).setPeriodUnit(Timing.UnitsOfTime.WK);
            if (phase.sessionCount() != null) {
                repeat.setCount(phase.sessionCount());
            }
            carePlan.addActivity().getDetail()
                    .setKind(CarePlan.CarePlanActivityKind.APPOINTMENT)
                    .setStatus(activity)
                    .setDescription("Phase " + (p + 1) + ": " + phase.name() + ", a session every "
                            + (phase.intervalWeeks() == 1 ? "week" : phase.intervalWeeks() + " weeks")
                            + (phase.sessionCount() == null ? " (maintenance)" : ", " + phase.sessionCount() + " sessions"))
                    .setScheduled(new Timing().setRepeat(repeat));
        }
        for (Homework homework : plan.homework()) {
            CarePlan.CarePlanActivityDetailComponent detail = carePlan.addActivity().getDetail()
                    .setStatus(activity)
                    .setCode(new CodeableConcept().setText("Homework: " + homework.title()))
                    .setDescription(homework.instructions());
            if (homework.timesPerDay() != null) {
                Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent()
                        .setFrequency(homework.timesPerDay()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
                detail.setScheduled(new Timing().setRepeat(repeat));
            }
            if (homework.daysPerWeek() != null) {
                detail.setDescription(homework.instructions() + " (" + homework.daysPerWeek() + " days a week)");
            }
        }
        return carePlan;
    }

    /** The id of the {@code goal}-th goal of the {@code phase}-th phase of a plan (both from 0). */
    public static String goalId(UUID planId, int phase, int goal) {
        return planId + "-p" + (phase + 1) + "g" + (goal + 1);
    }

    /** The plan's goals, in order of phase and goal. */
    public static List<org.hl7.fhir.r4.model.Goal> goals(PlanResponse plan) {
        List<org.hl7.fhir.r4.model.Goal> goals = new ArrayList<>();
        for (int p = 0; p < plan.phases().size(); p++) {
            Phase phase = plan.phases().get(p);
            for (int g = 0; g < phase.goals().size(); g++) {
                goals.add(goal(plan, p, g, phase.goals().get(g)));
            }
        }
        return goals;
    }

    private static org.hl7.fhir.r4.model.Goal goal(PlanResponse plan, int p, int g, Goal goal) {
        org.hl7.fhir.r4.model.Goal fhir = new org.hl7.fhir.r4.model.Goal();
        fhir.setId(goalId(plan.id(), p, g));
        boolean active = plan.status() == io.remedy.contracts.records.PlanUpdated.Status.ACTIVE;
        fhir.setLifecycleStatus(goal.met() ? org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.COMPLETED
                : active ? org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE
                : org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED);
        fhir.setAchievementStatus(new CodeableConcept().addCoding(goal.met()
                ? new Coding(GOAL_ACHIEVEMENT, "achieved", null)
                : new Coding(GOAL_ACHIEVEMENT, "in-progress", null)));
        fhir.setDescription(new CodeableConcept().setText(goal.description()));
        fhir.setSubject(patient(plan.clientId()));
        fhir.addNote(new Annotation().setText("Phase " + (p + 1) + " of the treatment plan: "
                + plan.phases().get(p).name()));
        if (goal.measure() != null && goal.target() != null) {
            boolean nrs = goal.measure() == Measure.NRS;
            fhir.addTarget().setMeasure(new CodeableConcept().addCoding(new Coding(LOINC, nrs ? NRS_CODE : ODI_CODE,
                            nrs ? "Pain severity - 0-10 verbal numeric rating" : "Oswestry Disability Index total score")))
                    .setDetail(new Range().setHigh(nrs
                            ? new Quantity().setValue(goal.target()).setUnit("score").setSystem(UCUM).setCode("{score}")
                            : percent(goal.target())));
        }
        if (plan.reviewDate() != null && active) {
            fhir.setStatusDateElement(new DateType(plan.reviewDate().toString()));
        }
        return fhir;
    }

    // ---- consents

    public static Consent consent(ConsentResponse consent) {
        Consent fhir = new Consent();
        fhir.setId(consent.id().toString());
        fhir.setStatus(consent.current() ? Consent.ConsentState.ACTIVE : Consent.ConsentState.INACTIVE);
        boolean treatment = consent.kind() == ConsentKind.TREATMENT;
        fhir.setScope(new CodeableConcept().addCoding(treatment
                ? new Coding(CONSENT_SCOPE, "treatment", null)
                : new Coding(CONSENT_SCOPE, "patient-privacy", null)));
        fhir.addCategory().addCoding(new Coding(LOINC, "59284-0", "Patient Consent"))
                .setText(treatment ? "Consent to assessment and treatment" : "Consent to keeping and processing data");
        fhir.setPatient(patient(consent.clientId()));
        if (consent.givenAt() != null) {
            fhir.setDateTime(Date.from(consent.givenAt()));
        }
        fhir.addPolicy().setUri(CONSENT_TEXT + consent.textVersion());
        fhir.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        Instant end = consent.withdrawnAt() != null ? consent.withdrawnAt() : consent.supersededAt();
        if (end != null) {
            fhir.getProvision().getPeriod().setEnd(Date.from(end));
        }
        return fhir;
    }

    // ---- red flags

    public static Condition condition(RedFlagResponse flag) {
        Condition condition = new Condition();
        condition.setId(flag.id().toString());
        boolean open = flag.status() == RedFlagStatus.OPEN;
        condition.setClinicalStatus(new CodeableConcept().addCoding(open
                ? new Coding(CONDITION_CLINICAL, "active", null)
                : new Coding(CONDITION_CLINICAL, "resolved", null)));
        condition.addCategory().addCoding(new Coding(CONDITION_CATEGORY, "problem-list-item", null));
        boolean urgent = flag.severity() != null && flag.severity().name().equals("URGENT");
        if (flag.severity() != null) {
            condition.setSeverity(new CodeableConcept().addCoding(urgent
                    ? new Coding(SNOMED, "24484000", "Severe")
                    : new Coding(SNOMED, "6736007", "Moderate"))
                    .setText(urgent ? "URGENT: same-day referral to a doctor" : "REFER: see a doctor before further deep work"));
        }
        CodeableConcept code = new CodeableConcept().setText("Red flag for lower back pain: "
                + String.join(", ", flag.findings().stream().map(f -> words(f.name())).toList()));
        flag.findings().forEach(finding -> code.addCoding(new Coding(RED_FLAG_FINDING, finding.name(), null)));
        condition.setCode(code);
        condition.setSubject(patient(flag.clientId()));
        if (flag.raisedAt() != null) {
            condition.setRecordedDate(Date.from(flag.raisedAt()));
        }
        if (flag.therapistId() != null) {
            condition.setRecorder(practitioner(flag.therapistId()));
        }
        if (!open && flag.clearedAt() != null) {
            condition.setAbatement(new DateTimeType(Date.from(flag.clearedAt())));
        }
        if (flag.outcome() != null) {
            condition.addNote().setText("Cleared: " + flag.outcome());
        }
        return condition;
    }

    // ---- audit

    public static AuditEvent auditEvent(AuditEntryResponse entry, UUID clientId) {
        AuditEvent event = new AuditEvent();
        event.setId(entry.id().toString());
        event.setType(new Coding(AUDIT_EVENT_TYPE, "rest", null));
        event.setAction(switch (entry.action()) {
            case "CREATE" -> AuditEvent.AuditEventAction.C;
            case "READ", "EXPORT", "REFUSED" -> AuditEvent.AuditEventAction.R;
            case "ERASE" -> AuditEvent.AuditEventAction.D;
            default -> AuditEvent.AuditEventAction.U;
        });
        event.setRecorded(Date.from(entry.at()));
        event.setOutcome("REFUSED".equals(entry.action()) ? AuditEvent.AuditEventOutcome._4
                : AuditEvent.AuditEventOutcome._0);
        event.setOutcomeDesc(entry.action().toLowerCase(Locale.ROOT) + " " + entry.resource());
        AuditEvent.AuditEventAgentComponent agent = event.addAgent().setRequestor(true);
        Reference who = new Reference().setDisplay(entry.actorName() != null ? entry.actorName() : entry.actorRole());
        if (entry.actor() != null) {
            who.getIdentifier().setSystem("https://remedy.io/fhir/user").setValue(entry.actor());
        }
        agent.setWho(who);
        if (entry.actorRole() != null) {
            agent.addRole().setText(entry.actorRole());
        }
        event.getSource().setSite(entry.location()).setObserver(new Reference().setDisplay("Remedy records-service"));
        event.addEntity().setWhat(patient(clientId)).setDescription(entry.resource());
        return event;
    }

    static Reference patient(UUID clientId) {
        return new Reference("Patient/" + clientId);
    }

    static Reference practitioner(UUID therapistId) {
        return new Reference("Practitioner/" + therapistId);
    }

    /** An upper-case code in words: {@code QUADRATUS_LUMBORUM} → {@code quadratus lumborum}. */
    private static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
