package io.remedy.records.intake;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.records.intake.IntakeView.Condition;
import io.remedy.records.intake.IntakeView.IntakeAnswers;
import io.remedy.records.intake.IntakeView.NeurologicalSymptom;
import io.remedy.records.intake.IntakeView.PainRadiation;
import io.remedy.records.intake.IntakeView.Symptoms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntakeScreeningTest {

    private static IntakeAnswers answers(List<Condition> conditions, PainRadiation radiates, Symptoms symptoms) {
        return new IntakeAnswers("Ward nurse", null, null, conditions, null, null, null, null, null, radiates,
                symptoms, null);
    }

    private static Symptoms none() {
        return new Symptoms(false, false, false, false, false, 10, List.of(), false, false, false, false);
    }

    @Test
    void anUnremarkableIntakeScreensNegative() {
        assertEquals(List.of(), IntakeScreening.findings(answers(List.of(Condition.OSTEOARTHRITIS),
                PainRadiation.ONE_LEG, none())));
        assertEquals(List.of(), IntakeScreening.findings(answers(null, null, null)));
    }

    @Test
    void caudaEquinaAnswersMapToTheirCodes() {
        Symptoms symptoms = new Symptoms(true, true, true, true, null, null, null, null, null, null, null);
        assertEquals(List.of(Finding.SADDLE_NUMBNESS, Finding.BLADDER_DYSFUNCTION, Finding.BOWEL_DYSFUNCTION,
                        Finding.BILATERAL_LEG_SYMPTOMS, Finding.PROGRESSIVE_WEAKNESS),
                IntakeScreening.findings(answers(null, PainRadiation.BOTH_LEGS, symptoms)));
    }

    @Test
    void systemicAnswersMapToTheirCodes() {
        Symptoms symptoms = new Symptoms(null, null, null, null, true, 45,
                List.of(NeurologicalSymptom.BALANCE_PROBLEMS), null, null, null, null);
        assertEquals(List.of(Finding.INFLAMMATORY_ARTHRITIS_FLARE, Finding.MORNING_STIFFNESS_OVER_30_MIN,
                Finding.NEUROLOGICAL_SIGNS), IntakeScreening.findings(answers(
                List.of(Condition.RHEUMATOID_ARTHRITIS), PainRadiation.NONE, symptoms)));
    }

    @Test
    void morningStiffnessOfExactlyThirtyMinutesIsNotAFlag() {
        Symptoms symptoms = new Symptoms(null, null, null, null, null, 30, null, null, null, null, null);
        assertEquals(List.of(), IntakeScreening.findings(answers(null, null, symptoms)));
    }

    @Test
    void fractureCancerAndInfectionAnswersMapToTheirCodes() {
        Symptoms symptoms = new Symptoms(null, null, null, null, null, null, null, true, true, true, true);
        assertEquals(List.of(Finding.SIGNIFICANT_TRAUMA, Finding.OSTEOPOROSIS, Finding.CANCER_HISTORY,
                        Finding.UNEXPLAINED_WEIGHT_LOSS, Finding.FEVER, Finding.NIGHT_PAIN),
                IntakeScreening.findings(answers(List.of(Condition.OSTEOPOROSIS, Condition.CANCER), null, symptoms)));
    }
}
