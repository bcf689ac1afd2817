package io.remedy.notification.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** What a chain gets until its admin changes it. */
@ConfigMapping(prefix = "remedy.settings")
public interface SettingsDefaults {

    /** How long before a session its reminders go out. */
    @WithDefault("PT24H,PT2H")
    List<Duration> reminderOffsets();

    /** The tone of the templates. */
    @WithDefault("FRIENDLY")
    Tone tone();
}
