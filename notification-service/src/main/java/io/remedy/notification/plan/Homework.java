package io.remedy.notification.plan;

import io.quarkus.qute.TemplateData;

/** One exercise or self-care item, as messages show it. */
@TemplateData
public record Homework(String title, String instructions, Integer timesPerDay, Integer daysPerWeek) {
}
