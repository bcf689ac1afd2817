package io.remedy.notification.delivery;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    SMS,
    IN_APP
}
