package io.remedy.records.assessment;

import io.remedy.contracts.records.AssessmentRecorded.OdiBand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The Oswestry Disability Index: 10 sections, each answered 0–5 or skipped. Score = sum ÷ (5 × sections answered)
 * × 100, one decimal; a skipped section leaves the denominator. Bands: up to 20 minimal, 40 moderate, 60 severe,
 * 80 crippling, above that bed-bound (or exaggerated).
 *
 * @param score    percentage, 0–100, one decimal
 * @param band     the score's band
 * @param answered how many sections were answered (1–10)
 */
public record Odi(double score, OdiBand band, int answered) {

    /** Sections of the questionnaire. */
    public static final int SECTIONS = 10;
    /** Highest answer of a section. */
    public static final int MAX_ANSWER = 5;

    /**
     * Scores the answers, one per section in order, null for a skipped one.
     *
     * @throws InvalidMeasure naming {@code odiAnswers} (not 10 answers, or all skipped) or {@code odiAnswers[i]}
     *                        (an answer outside 0–5)
     */
    public static Odi score(List<Integer> answers) {
        if (answers == null || answers.size() != SECTIONS) {
            throw new InvalidMeasure("odiAnswers", "must have exactly " + SECTIONS
                    + " entries, one per section (null for a skipped one)");
        }
        int sum = 0;
        int answered = 0;
        for (int i = 0; i < SECTIONS; i++) {
            Integer answer = answers.get(i);
            if (answer == null) {
                continue;
            }
            if (answer < 0 || answer > MAX_ANSWER) {
                throw new InvalidMeasure("odiAnswers[" + i + "]", "must be between 0 and " + MAX_ANSWER);
            }
            sum += answer;
            answered++;
        }
        if (answered == 0) {
            throw new InvalidMeasure("odiAnswers", "at least one section must be answered");
        }
        double score = BigDecimal.valueOf(sum * 100L)
                .divide(BigDecimal.valueOf((long) MAX_ANSWER * answered), 1, RoundingMode.HALF_UP)
                .doubleValue();
        return new Odi(score, band(score), answered);
    }

    /** The band of a score (percentage). */
    public static OdiBand band(double score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("an ODI score is a percentage: " + score);
        }
        if (score <= 20) {
            return OdiBand.MINIMAL;
        }
        if (score <= 40) {
            return OdiBand.MODERATE;
        }
        if (score <= 60) {
            return OdiBand.SEVERE;
        }
        if (score <= 80) {
            return OdiBand.CRIPPLING;
        }
        return OdiBand.BED_BOUND;
    }
}
