package io.remedy.console.records;

import io.remedy.console.records.RecordsModels.IntakeAnswers;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IntakeFormTest {

    @Test
    void readsOneItemALineWithTheDateAtTheEndAndWordsAsCodes() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("occupation", " Ward nurse ");
        form.add("medications", "Naproxen, 250 mg twice daily\n\nParacetamol");
        form.add("injections", "Right sacroiliac joint, 2026-10-30");
        form.add("surgeries", "Lumbar discectomy L4/L5, 2019-05-01\nAppendix, as a child");
        form.add("painLocations", "lower back, left buttock");
        form.add("yes", "nightPainUnrelievedByRest");
        form.add("morningStiffnessMinutes", "15");
        form.add("goals", "Lift patients without pain\nGarden at weekends");

        IntakeAnswers answers = IntakeForm.of(form).toAnswers();

        assertEquals("Ward nurse", answers.occupation());
        assertEquals("250 mg twice daily", answers.medications().get(0).dose());
        assertNull(answers.medications().get(1).dose());
        assertEquals(LocalDate.parse("2026-10-30"), answers.corticosteroidInjections().get(0).givenOn());
        assertEquals(LocalDate.parse("2019-05-01"), answers.surgeries().get(0).date());
        // no date at the end: the whole line is the description
        assertEquals("Appendix, as a child", answers.surgeries().get(1).description());
        assertEquals(List.of("LOWER_BACK", "LEFT_BUTTOCK"), answers.painLocations());
        assertEquals(Boolean.TRUE, answers.symptoms().nightPainUnrelievedByRest());
        assertEquals(Boolean.FALSE, answers.symptoms().fever());
        assertEquals(15, answers.symptoms().morningStiffnessMinutes());
        assertEquals(2, answers.goals().size());
    }

    @Test
    void showsTheCurrentVersionAsTheFormSendsIt() {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        form.add("medications", "Naproxen, 250 mg");
        form.add("injuries", "Fell from a ladder, 2024-03-02");
        form.add("painLocations", "lower back");
        IntakeAnswers sent = IntakeForm.of(form).toAnswers();

        IntakeForm shown = IntakeForm.of(sent);

        assertEquals("Naproxen, 250 mg", shown.medications());
        assertEquals("Fell from a ladder, 2024-03-02", shown.injuries());
        assertEquals("lower back", shown.painLocations());
    }
}
