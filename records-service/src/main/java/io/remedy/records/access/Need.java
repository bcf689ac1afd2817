package io.remedy.records.access;

import io.remedy.records.access.ClinicalAccess.Relation;

import java.util.EnumSet;
import java.util.Set;

/** What a request does with a client's clinical record, and so who may do it. */
public enum Need {

    /** Reading what staff keep for treatment (assessments, red flags, notes): treating therapists, managers, admins. */
    CLINICAL_READ(EnumSet.of(Relation.TREATING_THERAPIST, Relation.BRANCH_MANAGER, Relation.CHAIN_ADMIN)),

    /** Reading what the client also reads (intake, consents, plans, homework, progress). */
    RECORD_READ(EnumSet.of(Relation.SELF, Relation.TREATING_THERAPIST, Relation.BRANCH_MANAGER, Relation.CHAIN_ADMIN)),

    /** Writing clinical findings and treatment (assessments, red flags, plans, notes): treating therapists only. */
    CLINICAL_WRITE(EnumSet.of(Relation.TREATING_THERAPIST)),

    /** Writing what the client may write themself (their intake, their consents), or their therapist for them. */
    RECORD_WRITE(EnumSet.of(Relation.SELF, Relation.TREATING_THERAPIST)),

    /** The audit trail and the export of the whole record: chain admins and the client themself. */
    SUBJECT_ACCESS(EnumSet.of(Relation.SELF, Relation.CHAIN_ADMIN));

    private final Set<Relation> allowed;

    Need(Set<Relation> allowed) {
        this.allowed = allowed;
    }

    /** The relations to the client that grant this need. */
    public Set<Relation> allowed() {
        return allowed;
    }
}
