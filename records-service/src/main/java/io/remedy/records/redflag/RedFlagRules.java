package io.remedy.records.redflag;

import io.remedy.contracts.records.RedFlagRaised.Finding;
import io.remedy.contracts.records.RedFlagRaised.Severity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * How urgent a red flag is, by rule: any cauda equina sign needs a same-day referral ({@code URGENT}); every other
 * finding needs a doctor before further deep work ({@code REFER}). The software flags; the therapist judges.
 */
public final class RedFlagRules {

    /** The cauda equina signs. */
    public static final Set<Finding> CAUDA_EQUINA = EnumSet.of(Finding.SADDLE_NUMBNESS, Finding.BLADDER_DYSFUNCTION,
            Finding.BOWEL_DYSFUNCTION, Finding.BILATERAL_LEG_SYMPTOMS, Finding.PROGRESSIVE_WEAKNESS);

    private RedFlagRules() {
    }

    /** The severity of a screen's findings; there must be at least one. */
    public static Severity severity(Collection<Finding> findings) {
        if (findings == null || findings.isEmpty()) {
            throw new IllegalArgumentException("a red flag needs at least one finding");
        }
        return findings.stream().anyMatch(CAUDA_EQUINA::contains) ? Severity.URGENT : Severity.REFER;
    }
}
