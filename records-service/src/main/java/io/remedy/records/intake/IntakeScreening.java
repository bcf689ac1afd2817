package io.remedy.records.intake;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.records.intake.IntakeView.IntakeAnswers;
import io.remedy.records.intake.IntakeView.PainRadiation;
import io.remedy.records.intake.IntakeView.Symptoms;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The red-flag codes an intake's answers map to: the same codes a clinician's screen records, so the intake raises
 * the same flags. An unanswered question maps to nothing.
 */
public final class IntakeScreening {

    /** Morning stiffness longer than this is a systemic sign. */
    static final int MORNING_STIFFNESS_MINUTES = 30;

    private IntakeScreening() {
    }

    /** The findings, in the catalogue's order; empty when nothing screens positive. */
    public static List<Finding> findings(IntakeAnswers answers) {
        Set<Finding> found = EnumSet.noneOf(Finding.class);
        if (answers.painRadiates() == PainRadiation.BOTH_LEGS) {
            found.add(Finding.BILATERAL_LEG_SYMPTOMS);
        }
        List<IntakeView.Condition> conditions = answers.conditions() == null ? List.of() : answers.conditions();
        if (conditions.contains(IntakeView.Condition.OSTEOPOROSIS)) {
            found.add(Finding.OSTEOPOROSIS);
        }
        if (conditions.contains(IntakeView.Condition.CANCER)) {
            found.add(Finding.CANCER_HISTORY);
        }
        Symptoms symptoms = answers.symptoms();
        if (symptoms != null) {
            when(symptoms.saddleNumbness(), Finding.SADDLE_NUMBNESS, found);
            when(symptoms.newBladderDysfunction(), Finding.BLADDER_DYSFUNCTION, found);
            when(symptoms.newBowelDysfunction(), Finding.BOWEL_DYSFUNCTION, found);
            when(symptoms.progressiveLegWeakness(), Finding.PROGRESSIVE_WEAKNESS, found);
            when(symptoms.arthritisFlaring(), Finding.INFLAMMATORY_ARTHRITIS_FLARE, found);
            if (symptoms.morningStiffnessMinutes() != null
                    && symptoms.morningStiffnessMinutes() > MORNING_STIFFNESS_MINUTES) {
                found.add(Finding.MORNING_STIFFNESS_OVER_30_MIN);
            }
            if (symptoms.neurologicalSymptoms() != null && !symptoms.neurologicalSymptoms().isEmpty()) {
                found.add(Finding.NEUROLOGICAL_SIGNS);
            }
            when(symptoms.recentSignificantTrauma(), Finding.SIGNIFICANT_TRAUMA, found);
            when(symptoms.unexplainedWeightLoss(), Finding.UNEXPLAINED_WEIGHT_LOSS, found);
            when(symptoms.fever(), Finding.FEVER, found);
            when(symptoms.nightPainUnrelievedByRest(), Finding.NIGHT_PAIN, found);
        }
        return List.copyOf(found);
    }

    private static void when(Boolean answer, Finding finding, Set<Finding> found) {
        if (Boolean.TRUE.equals(answer)) {
            found.add(finding);
        }
    }
}
