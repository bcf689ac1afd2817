package io.remedy.records.assessment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClinicalImportanceTest {

    @Test
    void odiChangeOfTenPointsIsImportant() {
        assertTrue(ClinicalImportance.odi(50, 40));
        assertTrue(ClinicalImportance.odiImproved(50, 40));
        assertFalse(ClinicalImportance.odi(50, 41), "9 points and 18 % is not");
    }

    @Test
    void odiChangeOfThirtyPercentIsImportantBelowTenPoints() {
        assertTrue(ClinicalImportance.odi(20, 14), "6 points is 30 % of 20");
        assertFalse(ClinicalImportance.odi(20, 14.2), "5.8 points is 29 %");
    }

    @Test
    void nrsChangeOfTwoPointsIsImportant() {
        assertTrue(ClinicalImportance.nrs(8, 6));
        assertFalse(ClinicalImportance.nrs(8, 7), "1 point and 12.5 % is not");
    }

    @Test
    void nrsChangeOfThirtyPercentIsImportantBelowTwoPoints() {
        assertTrue(ClinicalImportance.nrs(3, 2), "1 point is 33 % of 3");
        assertTrue(ClinicalImportance.nrs(10, 7), "3 points");
    }

    @Test
    void aWorseningIsImportantButNotAnImprovement() {
        assertTrue(ClinicalImportance.nrs(4, 7));
        assertFalse(ClinicalImportance.nrsImproved(4, 7));
        assertTrue(ClinicalImportance.odi(30, 45));
        assertFalse(ClinicalImportance.odiImproved(30, 45));
    }

    @Test
    void fromABaselineOfZeroOnlyPointsCount() {
        assertFalse(ClinicalImportance.nrs(0, 1));
        assertTrue(ClinicalImportance.nrs(0, 2));
        assertNull(ClinicalImportance.share(0, 2));
        assertEquals(-0.5, ClinicalImportance.share(8, 4));
    }
}
