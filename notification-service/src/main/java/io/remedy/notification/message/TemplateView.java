package io.remedy.notification.message;

import io.remedy.notification.delivery.Channel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** API records of the message templates: what the chain sends, and a preview of one in the chain's voice. */
public final class TemplateView {

    private TemplateView() {
    }

    /** One kind of message the platform sends, with its channels and languages. */
    @Schema(name = "MessageTemplate")
    public record MessageTemplate(
            @Schema(example = "BOOKING_CONFIRMATION") MessageKind kind,
            @Schema(description = "False for legal and clinical-safety messages, sent whatever the recipient opted out of")
            boolean mayBeOptedOut,
            @Schema(description = "The channels used when the recipient chose none for this kind")
            List<Channel> defaultChannels,
            @Schema(description = "The languages the message is written in", example = "[\"en\", \"es\"]")
            List<String> languages) {
    }

    /** A message written out for a made-up client and session, as the chain's voice makes it. */
    @Schema(name = "MessagePreview")
    public record MessagePreview(
            MessageKind kind,
            @Schema(example = "en") String language,
            @Schema(description = "E-mail subject and in-app title") String subject,
            @Schema(description = "E-mail text") String text,
            @Schema(description = "Text message") String sms,
            @Schema(description = "In-app message") String inApp) {
    }
}
