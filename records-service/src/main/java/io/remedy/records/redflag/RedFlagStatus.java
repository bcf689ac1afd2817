package io.remedy.records.redflag;

/** A red flag is open until a clinician clears it with the referral's outcome. */
public enum RedFlagStatus { OPEN, CLEARED }
