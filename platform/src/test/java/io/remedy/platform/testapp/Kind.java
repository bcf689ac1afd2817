package io.remedy.platform.testapp;

/** Kinds of appointment in the test application. */
public enum Kind {
    MASSAGE, ASSESSMENT
}
