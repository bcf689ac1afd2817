package io.remedy.records.assessment;

import io.remedy.contracts.records.AssessmentRecorded.OdiBand;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OdiTest {

    private static List<Integer> answers(Integer... values) {
        return Arrays.asList(values);
    }

    @Test
    void scoresAllTenSectionsAnsweredAsAPercentageOfFifty() {
        Odi odi = Odi.score(answers(2, 3, 1, 2, 4, 3, 2, 1, 2, 3));
        assertEquals(46.0, odi.score());
        assertEquals(OdiBand.SEVERE, odi.band());
        assertEquals(10, odi.answered());
    }

    @Test
    void aSkippedSectionLeavesTheDenominator() {
        // 21 of 9 × 5 = 45 → 46.7 %, not 21 of 50 → 42 %
        Odi odi = Odi.score(answers(2, 3, 1, 2, null, 3, 2, 1, 4, 3));
        assertEquals(46.7, odi.score());
        assertEquals(9, odi.answered());
    }

    @Test
    void onlyOneSectionAnsweredStillScores() {
        Odi odi = Odi.score(answers(null, null, null, null, null, null, null, null, null, 5));
        assertEquals(100.0, odi.score());
        assertEquals(OdiBand.BED_BOUND, odi.band());
        assertEquals(1, odi.answered());
    }

    @Test
    void allZeroIsNoDisability() {
        Odi odi = Odi.score(Collections.nCopies(10, 0));
        assertEquals(0.0, odi.score());
        assertEquals(OdiBand.MINIMAL, odi.band());
    }

    @Test
    void refusesAllSectionsSkipped() {
        InvalidMeasure invalid = assertThrows(InvalidMeasure.class,
                () -> Odi.score(Collections.nCopies(10, (Integer) null)));
        assertEquals("odiAnswers", invalid.field());
    }

    @Test
    void refusesNineOrElevenAnswersOrNone() {
        assertEquals("odiAnswers", assertThrows(InvalidMeasure.class,
                () -> Odi.score(Collections.nCopies(9, 1))).field());
        assertEquals("odiAnswers", assertThrows(InvalidMeasure.class,
                () -> Odi.score(Collections.nCopies(11, 1))).field());
        assertEquals("odiAnswers", assertThrows(InvalidMeasure.class, () -> Odi.score(null)).field());
    }

    @Test
    void refusesAnAnswerOutsideZeroToFiveNamingItsSection() {
        InvalidMeasure six = assertThrows(InvalidMeasure.class,
                () -> Odi.score(answers(1, 1, 1, 6, 1, 1, 1, 1, 1, 1)));
        assertEquals("odiAnswers[3]", six.field());
        assertEquals("must be between 0 and 5", six.reason());
        InvalidMeasure negative = assertThrows(InvalidMeasure.class,
                () -> Odi.score(answers(-1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        assertEquals("odiAnswers[0]", negative.field());
    }

    @Test
    void bandsFollowTheTwentyPointSteps() {
        assertEquals(OdiBand.MINIMAL, Odi.band(0));
        assertEquals(OdiBand.MINIMAL, Odi.band(20));
        assertEquals(OdiBand.MODERATE, Odi.band(20.1));
        assertEquals(OdiBand.MODERATE, Odi.band(40));
        assertEquals(OdiBand.SEVERE, Odi.band(41));
        assertEquals(OdiBand.SEVERE, Odi.band(60));
        assertEquals(OdiBand.CRIPPLING, Odi.band(61));
        assertEquals(OdiBand.CRIPPLING, Odi.band(80));
        assertEquals(OdiBand.BED_BOUND, Odi.band(81));
        assertEquals(OdiBand.BED_BOUND, Odi.band(100));
    }

    @Test
    void roundsToOneDecimal() {
        // 7 of 3 × 5 = 15 → 46.666… → 46.7
        assertEquals(46.7, Odi.score(answers(3, 2, 2, null, null, null, null, null, null, null)).score());
        // 1 of 3 × 5 = 15 → 6.666… → 6.7
        assertEquals(6.7, Odi.score(answers(1, 0, 0, null, null, null, null, null, null, null)).score());
    }
}
