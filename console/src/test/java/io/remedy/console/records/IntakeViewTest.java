package io.remedy.console.records;

import io.remedy.console.records.RecordsModels.Intake;
import io.remedy.console.records.RecordsModels.IntakeAnswers;
import io.remedy.console.records.RecordsModels.Symptoms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntakeViewTest {

    @Test
    void marksTheAnswersWhoseFindingRecordsScreenedPositive() {
        Symptoms symptoms = new Symptoms(true, false, null, null, null, 45, List.of("TINGLING"), null, null, null,
                null);
        IntakeAnswers answers = new IntakeAnswers("Ward nurse", List.of("PATIENT_HANDLING"), null, List.of(), null,
                null, null, null, List.of("LOWER_BACK"), "BOTH_LEGS", symptoms, List.of());
        // records found saddle numbness and both legs, not the stiffness: the page follows records, not the minutes
        Intake intake = new Intake(null, 2, answers, List.of("SADDLE_NUMBNESS", "BILATERAL_LEG_SYMPTOMS"), "ana",
                null, false);

        IntakeView view = IntakeView.of(intake);

        List<String> flagged = view.screening().stream().filter(IntakeView.Answer::flagged)
                .map(IntakeView.Answer::label).toList();
        assertEquals(List.of("symptom_saddleNumbness", "symptom_painRadiates"), flagged);
        assertEquals(List.of("answer_yes"), view.screening().get(0).valueKeys());
        assertEquals(List.of("radiates_BOTH_LEGS"), view.screening().get(3).valueKeys());
    }
}
