package io.remedy.notification.message;

/**
 * A message written out for one recipient, in every form a channel takes.
 *
 * @param subject e-mail subject and in-app title
 * @param text    e-mail plain-text part
 * @param html    e-mail HTML part
 * @param sms     text message
 * @param inApp   in-app message body
 */
public record Rendered(String subject, String text, String html, String sms, String inApp) {
}
