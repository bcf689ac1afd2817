package io.remedy.notification.diary;

import io.quarkus.qute.TemplateData;

/** One session in a therapist's diary, as the message shows it (times in the location's zone). */
@TemplateData
public record DiaryEntry(String start, String end, String serviceName, String roomName, String clientName) {
}
