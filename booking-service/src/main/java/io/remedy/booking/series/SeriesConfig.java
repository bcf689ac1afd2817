package io.remedy.booking.series;

import io.smallrye.config.ConfigMapping;

/** Settings of plan-driven series ({@code remedy.series.*}; defaults in application.properties). */
@ConfigMapping(prefix = "remedy.series")
public interface SeriesConfig {

    /** How many months an open-ended phase is proposed for when the plan has no review date (default 3). */
    int openEndedMonths();

    /** Most sessions one proposal holds. */
    int maxSessions();
}
