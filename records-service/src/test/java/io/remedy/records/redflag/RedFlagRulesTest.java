package io.remedy.records.redflag;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.contracts.records.RedFlagRaised.Severity;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RedFlagRulesTest {

    @Test
    void everyCaudaEquinaSignAloneIsUrgent() {
        for (Finding sign : List.of(Finding.SADDLE_NUMBNESS, Finding.BLADDER_DYSFUNCTION, Finding.BOWEL_DYSFUNCTION,
                Finding.BILATERAL_LEG_SYMPTOMS, Finding.PROGRESSIVE_WEAKNESS)) {
            assertEquals(Severity.URGENT, RedFlagRules.severity(List.of(sign)), sign.name());
        }
    }

    @Test
    void everyOtherFindingAloneIsARefer() {
        EnumSet<Finding> others = EnumSet.complementOf(EnumSet.copyOf(RedFlagRules.CAUDA_EQUINA));
        assertEquals(9, others.size());
        for (Finding finding : others) {
            assertEquals(Severity.REFER, RedFlagRules.severity(List.of(finding)), finding.name());
        }
    }

    @Test
    void oneCaudaEquinaSignAmongOthersMakesTheFlagUrgent() {
        assertEquals(Severity.URGENT, RedFlagRules.severity(List.of(Finding.FEVER, Finding.NIGHT_PAIN,
                Finding.BOWEL_DYSFUNCTION)));
        assertEquals(Severity.REFER, RedFlagRules.severity(List.of(Finding.FEVER, Finding.NIGHT_PAIN,
                Finding.CANCER_HISTORY, Finding.NEUROLOGICAL_SIGNS)));
    }

    @Test
    void aFlagNeedsAFinding() {
        assertThrows(IllegalArgumentException.class, () -> RedFlagRules.severity(List.of()));
    }
}
