package io.remedy.console.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle in one of the console's languages, for Java code (templates use {@code {msg:...}}). */
public final class Texts {

    private Texts() {
    }

    /** {@code bundle} in {@code language} ({@code en}, the default, or {@code es}). */
    public static <T> T in(String language, Class<T> bundle) {
        return "en".equals(language) ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language));
    }
}
