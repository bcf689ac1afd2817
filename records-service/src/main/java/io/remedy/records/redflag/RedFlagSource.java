package io.remedy.records.redflag;

/** Where a red flag came from: a clinician's screen, or the answers of the client's intake. */
public enum RedFlagSource { SCREEN, INTAKE }
