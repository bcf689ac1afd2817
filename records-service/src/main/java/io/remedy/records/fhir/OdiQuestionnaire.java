package io.remedy.records.fhir;

import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

import java.util.List;

/**
 * The Oswestry Disability Index as the {@code Questionnaire} we publish: ten sections, each answered 0–5 (or skipped),
 * which every ODI {@code QuestionnaireResponse} answers.
 */
public final class OdiQuestionnaire {

    /** The Questionnaire's logical id. */
    public static final String ID = "oswestry-disability-index";
    /** Its canonical URL, as each QuestionnaireResponse names it. */
    public static final String URL = "https://remedy.io/fhir/Questionnaire/" + ID;

    /** The ten sections, in order: linkId {@code 1}…{@code 10}. */
    public static final List<String> SECTIONS = List.of("Pain intensity", "Personal care (washing, dressing, etc.)",
            "Lifting", "Walking", "Sitting", "Standing", "Sleeping", "Sex life (if applicable)", "Social life",
            "Travelling");

    private OdiQuestionnaire() {
    }

    public static Questionnaire questionnaire() {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(ID);
        questionnaire.setUrl(URL);
        questionnaire.setName("OswestryDisabilityIndex");
        questionnaire.setTitle("Oswestry Disability Index (ODI)");
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.addSubjectType("Patient");
        questionnaire.setDescription("Ten sections on how lower back pain affects daily life, each answered 0 (no"
                + " limitation) to 5 (worst), a section may be skipped. Score = sum / (5 x sections answered) x 100 %.");
        for (int i = 0; i < SECTIONS.size(); i++) {
            questionnaire.addItem().setLinkId(String.valueOf(i + 1)).setText(SECTIONS.get(i))
                    .setType(QuestionnaireItemType.INTEGER).setRequired(false);
        }
        return questionnaire;
    }
}
