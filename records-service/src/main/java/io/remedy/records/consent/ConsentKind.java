package io.remedy.records.consent;

/** What a client consents to. */
public enum ConsentKind {
    /** Assessment and treatment (massage, exercises) by the clinic's therapists. */
    TREATMENT,
    /** Keeping and processing their personal and clinical data. */
    DATA_PROCESSING
}
