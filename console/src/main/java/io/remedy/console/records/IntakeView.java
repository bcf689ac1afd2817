package io.remedy.console.records;

import io.remedy.console.records.RecordsModels.Intake;
import io.remedy.console.records.RecordsModels.IntakeAnswers;
import io.remedy.console.records.RecordsModels.Symptoms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The intake as the record shows it: the history and the screening answers, each answer marked when records-service
 * screened it positive (its finding is among the intake's {@code findings}). The console only maps an answer to the
 * finding code it would raise; which answers raise a flag is records-service's rule.
 */
public record IntakeView(int version, IntakeAnswers answers, List<Answer> screening, List<String> findings,
                         boolean flagged) {

    /**
     * One screening answer: its label's message key, the value as text or as message keys, and whether the intake's
     * findings include the flag it screens for.
     */
    public record Answer(String label, String value, List<String> valueKeys, boolean flagged) {
    }

    public static IntakeView of(Intake intake) {
        IntakeAnswers answers = intake.answers();
        Set<String> findings = intake.findings() == null ? Set.of() : Set.copyOf(intake.findings());
        Symptoms s = answers.symptoms() == null
                ? new Symptoms(null, null, null, null, null, null, null, null, null, null, null) : answers.symptoms();
        List<Answer> screening = new ArrayList<>();
        yesNo(screening, "symptom_saddleNumbness", s.saddleNumbness(), findings.contains("SADDLE_NUMBNESS"));
        yesNo(screening, "symptom_newBladderDysfunction", s.newBladderDysfunction(),
                findings.contains("BLADDER_DYSFUNCTION"));
        yesNo(screening, "symptom_newBowelDysfunction", s.newBowelDysfunction(), findings.contains("BOWEL_DYSFUNCTION"));
        screening.add(new Answer("symptom_painRadiates", null,
                answers.painRadiates() == null ? List.of("answer_unknown") : List.of("radiates_" + answers.painRadiates()),
                findings.contains("BILATERAL_LEG_SYMPTOMS")));
        yesNo(screening, "symptom_progressiveLegWeakness", s.progressiveLegWeakness(),
                findings.contains("PROGRESSIVE_WEAKNESS"));
        yesNo(screening, "symptom_arthritisFlaring", s.arthritisFlaring(),
                findings.contains("INFLAMMATORY_ARTHRITIS_FLARE"));
        screening.add(new Answer("symptom_morningStiffnessMinutes",
                s.morningStiffnessMinutes() == null ? null : String.valueOf(s.morningStiffnessMinutes()),
                s.morningStiffnessMinutes() == null ? List.of("answer_unknown") : List.of(),
                findings.contains("MORNING_STIFFNESS_OVER_30_MIN")));
        screening.add(new Answer("symptom_neurologicalSymptoms", null,
                s.neurologicalSymptoms() == null || s.neurologicalSymptoms().isEmpty() ? List.of("answer_none")
                        : s.neurologicalSymptoms().stream().map(code -> "neuro_" + code).toList(),
                findings.contains("NEUROLOGICAL_SIGNS")));
        yesNo(screening, "symptom_recentSignificantTrauma", s.recentSignificantTrauma(),
                findings.contains("SIGNIFICANT_TRAUMA"));
        screening.add(new Answer("symptom_conditions", null,
                answers.conditions() == null || answers.conditions().isEmpty() ? List.of("answer_none")
                        : answers.conditions().stream().map(code -> "condition_" + code).toList(),
                findings.contains("OSTEOPOROSIS") || findings.contains("CANCER_HISTORY")));
        yesNo(screening, "symptom_unexplainedWeightLoss", s.unexplainedWeightLoss(),
                findings.contains("UNEXPLAINED_WEIGHT_LOSS"));
        yesNo(screening, "symptom_fever", s.fever(), findings.contains("FEVER"));
        yesNo(screening, "symptom_nightPainUnrelievedByRest", s.nightPainUnrelievedByRest(),
                findings.contains("NIGHT_PAIN"));
        List<String> codes = intake.findings() == null ? List.of() : intake.findings();
        return new IntakeView(intake.version(), answers, List.copyOf(screening), codes, !codes.isEmpty());
    }

    private static void yesNo(List<Answer> lines, String label, Boolean value, boolean flagged) {
        lines.add(new Answer(label, null,
                List.of(value == null ? "answer_unknown" : value ? "answer_yes" : "answer_no"), flagged));
    }
}
