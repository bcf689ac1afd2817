package io.remedy.notification.message;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.notification.message.TemplateView.MessagePreview;
import io.remedy.notification.message.TemplateView.MessageTemplate;
import io.remedy.notification.settings.ChainSettingsService;
import io.remedy.notification.settings.ChainVoice;
import io.remedy.notification.settings.Tone;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The message templates as a chain admin sees them: the kinds the platform sends, and a preview of one written in the
 * chain's voice (as saved, or as the admin is about to change it) for a made-up client.
 */
@ApplicationScoped
public class TemplateService {

    /** The zone a preview's times are shown in when none is asked for. */
    static final String DEFAULT_ZONE = "Europe/London";

    private final MessageTemplates templates;
    private final ChainSettingsService settings;

    public TemplateService(MessageTemplates templates, ChainSettingsService settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /**
     * A page of the kinds of message in their fixed order (as {@link MessageKind} declares them), after the kind
     * {@code cursor} names when given.
     */
    public Page<MessageTemplate> list(Caller caller, int limit, String cursor) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        int first = cursor == null || cursor.isBlank() ? 0 : after(cursor).ordinal() + 1;
        List<MessageKind> rows = Arrays.stream(MessageKind.values()).skip(first).limit(limit + 1L).toList();
        return Page.of(rows, limit, kind -> new MessageTemplate(kind, kind.mayBeOptedOut(), kind.defaultChannels(),
                Languages.SUPPORTED), kind -> Cursor.of(kind.name()));
    }

    /** The kind a cursor names; a 400 naming {@code cursor} when it names none. */
    private static MessageKind after(String cursor) {
        try {
            return MessageKind.valueOf(Cursor.parts(cursor, 1)[0]);
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }

    /**
     * The message of {@code kind} in {@code language}; {@code tone}, {@code chainName} and {@code signature} replace
     * the chain's saved ones where given (blank: none, i.e. the location's name and the standard signature).
     */
    @WithSession
    public Uni<MessagePreview> preview(Caller caller, String kind, String language, String tone, String chainName,
                                       String signature, String timeZone) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        MessageKind which = kind(kind);
        String lang = language == null || language.isBlank() ? Languages.ENGLISH : language.trim();
        if (!Languages.SUPPORTED.contains(lang)) {
            throw ProblemException.validation("language", "must be one of " + Languages.SUPPORTED);
        }
        Tone chosenTone = tone(tone);
        ZoneId zone = zone(timeZone);
        return settings.voice(caller.tenant()).map(saved -> {
            ChainVoice voice = new ChainVoice(chainName == null ? saved.chainName() : blankToNull(chainName),
                    signature == null ? saved.signature() : blankToNull(signature),
                    chosenTone == null ? saved.tone() : chosenTone);
            Rendered rendered = templates.render(new MessageTemplates.Request(which, lang, Locale.forLanguageTag(lang),
                    zone, voice, TemplateSamples.GIVEN_NAME, TemplateSamples.FAMILY_NAME,
                    TemplateSamples.LOCATION_NAME, TemplateSamples.values(),
                    TemplateSamples.moments(zone, Instant.now())));
            return new MessagePreview(which, lang, rendered.subject(), rendered.text(), rendered.sms(),
                    rendered.inApp());
        });
    }

    private static MessageKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return MessageKind.BOOKING_CONFIRMATION;
        }
        try {
            return MessageKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("kind", "is not a kind of message, e.g. BOOKING_CONFIRMATION");
        }
    }

    private static Tone tone(String tone) {
        if (tone == null || tone.isBlank()) {
            return null;
        }
        try {
            return Tone.valueOf(tone.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("tone", "must be FRIENDLY or FORMAL");
        }
    }

    private static ZoneId zone(String timeZone) {
        String id = timeZone == null || timeZone.isBlank() ? DEFAULT_ZONE : timeZone.trim();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw ProblemException.validation("timeZone", "is not an IANA time zone, e.g. Europe/London");
        }
        return ZoneId.of(id);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }
}
