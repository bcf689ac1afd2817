package io.remedy.notification.diary;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;

/** When therapists get the day's diary. */
@ConfigMapping(prefix = "remedy.diary")
public interface DiaryConfig {

    /** Local time, in each location's own zone, from which the day's diary goes out. */
    @WithDefault("07:00")
    LocalTime sendAt();

    /** How often locations are checked for a diary due. */
    @WithDefault("60s")
    String checkEvery();

    /** Wait after start-up before the first check (start-up has enough to do). */
    @WithDefault("30s")
    String firstCheckAfter();
}
