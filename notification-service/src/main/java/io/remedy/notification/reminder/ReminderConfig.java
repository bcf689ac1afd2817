package io.remedy.notification.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How reminders are looked for. */
@ConfigMapping(prefix = "remedy.reminders")
public interface ReminderConfig {

    /** How often due reminders are looked for. */
    @WithDefault("15s")
    String pollEvery();

    /** Reminders handled per round. */
    @WithDefault("50")
    int batch();
}
