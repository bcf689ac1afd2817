package io.remedy.contracts.notification;

/** The channel a message goes out on. */
public enum Channel {
    /** E-mail. */
    EMAIL,
    /** Text message to a mobile number. */
    SMS,
    /** In-app message in the mobile and web apps (live, and in the inbox). */
    IN_APP
}
