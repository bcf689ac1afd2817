package io.remedy.local.testing;

import java.util.Locale;

/** How tests get their backing services: native processes (the default) or Testcontainers ({@code -Dremedy.stack=containers}). */
public enum StackKind {
    NATIVE,
    CONTAINERS;

    /** The system property that chooses: {@code remedy.stack}. */
    public static final String PROPERTY = "remedy.stack";

    /** The kind named by {@code value}: blank or {@code native} is native, {@code containers} is Testcontainers. */
    public static StackKind of(String value) {
        if (value == null || value.isBlank()) {
            return NATIVE;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "native" -> NATIVE;
            case "containers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(
                    PROPERTY + "=" + value + " is not a stack kind: use native (the default) or containers");
        };
    }

    /** The kind chosen by the {@code remedy.stack} system property. */
    public static StackKind chosen() {
        return of(System.getProperty(PROPERTY));
    }
}
