package io.remedy.platform.json;

/**
 * What a text we store may not contain: C0 control characters other than tab, line feed and carriage return (NUL
 * above all: PostgreSQL refuses it in text) and unpaired UTF-16 surrogates (no character at all: they would be
 * stored as {@code ?}). A plain rule, callable without Jackson.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Why {@code text} may not be stored, or null if it may. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("contains a control character (U+%04X)", (int) c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains an unpaired surrogate (not a character)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains an unpaired surrogate (not a character)";
            }
        }
        return null;
    }
}
