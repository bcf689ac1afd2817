package io.remedy.notification.message;

import java.util.List;
import java.util.Locale;

/** The languages messages are written in: English, and Spanish. */
public final class Languages {

    public static final String ENGLISH = "en";
    public static final String SPANISH = "es";
    /** Every language with templates. */
    public static final List<String> SUPPORTED = List.of(ENGLISH, SPANISH);

    private Languages() {
    }

    /** The supported language closest to a BCP 47 tag ({@code es-MX} → {@code es}); English otherwise. */
    public static String closest(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return SUPPORTED.contains(language) ? language : ENGLISH;
    }

    /** True for a tag naming a supported language. */
    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.contains(Locale.forLanguageTag(tag.replace('_', '-')).getLanguage());
    }

    /**
     * The locale dates are written in: the client's own tag when it is of that language (keeps {@code en-GB}
     * day-month order), else the bare language.
     */
    public static Locale locale(String language, String preferredTag) {
        if (preferredTag != null && closest(preferredTag).equals(language)) {
            return Locale.forLanguageTag(preferredTag.replace('_', '-'));
        }
        return Locale.forLanguageTag(language);
    }
}
