package io.remedy.console.page;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;
import java.util.Locale;

/**
 * The language of this request's pages: the one the user chose (cookie {@value #COOKIE}), else the browser's first
 * supported language, else English.
 */
@RequestScoped
public class Language {

    public static final String COOKIE = "console-lang";
    public static final List<String> SUPPORTED = List.of("en", "es");

    private final String tag;

    public Language(HttpServerRequest request) {
        this.tag = choose(request);
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    static String choose(HttpServerRequest request) {
        var chosen = request.getCookie(COOKIE);
        if (chosen != null && SUPPORTED.contains(chosen.getValue())) {
            return chosen.getValue();
        }
        String accept = request.getHeader("Accept-Language");
        if (accept != null) {
            for (String part : accept.split(",")) {
                String tag = part.split(";")[0].trim().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (SUPPORTED.contains(primary)) {
                    return primary;
                }
            }
        }
        return "en";
    }
}
