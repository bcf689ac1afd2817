package io.remedy.records.note;

/** The pressure used in a session, gentle to firm. */
public enum Pressure { GENTLE, LIGHT, MODERATE, FIRM }
