package io.remedy.notification.message;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.remedy.notification.settings.ChainVoice;
import io.remedy.notification.settings.Tone;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a message out from its Qute templates: {@code templates/messages/<language>/<KIND>.txt} holds the
 * fragments {@code subject}, {@code text} (e-mail), {@code sms} and {@code inapp}; {@code common.txt} the greeting
 * and the standard signature; {@code templates/email/layout.html} wraps the text as the HTML part. The chain's
 * voice (name, signature, tone) is applied to every message; times are shown in the zone given.
 */
@ApplicationScoped
public class MessageTemplates {

    private final Engine engine;

    public MessageTemplates(Engine engine) {
        this.engine = engine;
    }

    /** What to write: the kind, for whom (names, language), in which zone, and the message's own values. */
    public record Request(MessageKind kind, String language, Locale locale, ZoneId zone, ChainVoice voice,
                          String givenName, String familyName, String locationName, Map<String, Object> values,
                          Map<String, Instant> moments) {
    }

    public Rendered render(Request request) {
        String language = Languages.SUPPORTED.contains(request.language()) ? request.language() : Languages.ENGLISH;
        Template messages = template("messages/" + language + "/" + request.kind().name());
        Template common = template("messages/" + language + "/common");
        Map<String, Object> data = new HashMap<>(request.values());
        request.moments().forEach((name, instant) -> {
            SessionMoment moment = SessionMoment.of(instant, request.zone());
            data.put(name, moment.describe(request.locale()));
            data.put(name + "Short", moment.brief(request.locale()));
            data.put(name + "Time", moment.time());
            data.put(name + "Day", moment.day(request.locale()));
        });
        ChainVoice voice = request.voice();
        String chainName = voice.chainName() != null ? voice.chainName()
                : request.locationName() != null ? request.locationName() : "Remedy";
        data.put("chainName", chainName);
        data.put("locationName", request.locationName() != null ? request.locationName() : chainName);
        data.put("givenName", request.givenName());
        data.put("fullName", fullName(request.givenName(), request.familyName()));
        data.put("formal", voice.tone() == Tone.FORMAL);
        data.put("greeting", fragment(common, "greeting", data));
        data.put("signature", voice.signature() != null ? voice.signature() : fragment(common, "signature", data));
        String subject = fragment(messages, "subject", data).replaceAll("\\s+", " ");
        String text = fragment(messages, "text", data);
        String html = template("email/layout")
                .data("lang", language)
                .data("subject", subject)
                .data("paragraphs", paragraphs(text))
                .render();
        String sms = fragment(messages, "sms", data).replaceAll("\\s+", " ");
        String inApp = fragment(messages, "inapp", data);
        return new Rendered(subject, text, html, sms, inApp);
    }

    private Template template(String id) {
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("No template " + id);
        }
        return template;
    }

    private static String fragment(Template template, String id, Map<String, Object> data) {
        Template.Fragment fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException("Template " + template.getId() + " has no fragment " + id);
        }
        var instance = fragment.instance();
        data.forEach(instance::data);
        return instance.render().strip();
    }

    /** The text's paragraphs (split at blank lines), each as its lines. */
    static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n")) {
            List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }

    private static String fullName(String given, String family) {
        if (given == null || given.isBlank()) {
            return family;
        }
        return family == null || family.isBlank() ? given : given + " " + family;
    }
}
