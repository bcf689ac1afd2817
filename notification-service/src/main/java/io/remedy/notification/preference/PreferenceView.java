package io.remedy.notification.preference;

import io.remedy.notification.delivery.Channel;
import io.remedy.notification.message.MessageKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** API records of preferences. */
public final class PreferenceView {

    private PreferenceView() {
    }

    /** A user's message preferences, as read and as replaced whole by PUT. */
    @Schema(name = "Preferences", description = "The caller's own message preferences")
    public record Preferences(
            @Schema(description = "Channels per kind of message; a kind not listed goes out on its default channels,"
                    + " an empty list means none (legal and urgent clinical messages are sent anyway)",
                    example = "{\"SESSION_REMINDER\": [\"SMS\"], \"POST_SESSION_CARE\": [\"EMAIL\", \"IN_APP\"]}")
            Map<MessageKind, List<Channel>> channels,
            @Schema(description = "Kinds of message not wanted at all (legal and urgent clinical messages are sent"
                    + " anyway)", example = "[\"HOMEWORK\"]")
            @Size(max = 20) List<MessageKind> optOuts,
            @Schema(description = "When non-urgent messages wait; null for none") @Valid QuietHoursView quietHours,
            @Schema(description = "IANA time zone of the quiet hours; null for the location's",
                    example = "Europe/London") @Size(max = 64) String timeZone,
            @Schema(description = "Language of messages, en or es; null for the language booking holds",
                    example = "es") @Size(max = 16) String language) {
    }

    /** A daily quiet period in wall-clock times; it may span midnight. */
    @Schema(name = "QuietHours")
    public record QuietHoursView(
            @Schema(description = "Start, local time", example = "21:00") @NotNull LocalTime start,
            @Schema(description = "End, local time", example = "08:00") @NotNull LocalTime end) {
    }
}
