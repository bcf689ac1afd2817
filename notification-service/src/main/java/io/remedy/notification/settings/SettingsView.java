package io.remedy.notification.settings;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** API records of a chain's notification settings. */
public final class SettingsView {

    private SettingsView() {
    }

    /** A chain's notification settings, as read and as replaced whole by PUT. */
    @Schema(name = "NotificationSettings", description = "Reminder offsets and the voice of the chain's messages")
    public record Settings(
            @Schema(description = "How long before a session its reminders go out, as ISO-8601 durations (whole"
                    + " minutes, at most 14 days, at most 5); computed in the location's time zone",
                    example = "[\"PT24H\", \"PT2H\"]")
            @NotNull @Size(max = 5) List<String> reminderOffsets,
            @Schema(description = "The chain's name in messages; null for the location's name",
                    example = "Harbour Remedial Massage") @Size(max = 120) String chainName,
            @Schema(description = "Signature under every message; null for a standard one",
                    example = "The Harbour team") @Size(max = 300) String signature,
            @Schema(description = "How messages address people: FRIENDLY (first name) or FORMAL (full name)")
            @NotNull Tone tone) {
    }
}
