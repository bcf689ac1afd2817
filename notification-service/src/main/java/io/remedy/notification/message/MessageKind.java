package io.remedy.notification.message;

import io.remedy.notification.delivery.Channel;

import java.util.List;

/**
 * What a message is, with the channels it goes out on unless the recipient chose others. Change and cancellation
 * notices (the client must learn that an appointment moved or is off) and red-flag alerts (clinical safety) cannot
 * be opted out of.
 */
public enum MessageKind {
    BOOKING_CONFIRMATION(true, Channel.EMAIL, Channel.IN_APP),
    SESSION_REMINDER(true, Channel.SMS, Channel.IN_APP),
    SESSION_CHANGED(false, Channel.EMAIL, Channel.SMS, Channel.IN_APP),
    SESSION_CANCELLED(false, Channel.EMAIL, Channel.SMS, Channel.IN_APP),
    MISSED_SESSION(true, Channel.EMAIL, Channel.IN_APP),
    POST_SESSION_CARE(true, Channel.EMAIL, Channel.IN_APP),
    HOMEWORK(true, Channel.EMAIL, Channel.IN_APP),
    WAITLIST_OFFER(true, Channel.SMS, Channel.EMAIL, Channel.IN_APP),
    WAITLIST_OFFER_WITHDRAWN(true, Channel.IN_APP),
    RED_FLAG_ALERT(false, Channel.EMAIL, Channel.SMS, Channel.IN_APP),
    RED_FLAG_CLEARED(true, Channel.EMAIL, Channel.IN_APP),
    NOTE_OVERDUE(true, Channel.EMAIL, Channel.IN_APP),
    DAILY_DIARY(true, Channel.EMAIL, Channel.IN_APP),
    /** A paid invoice's receipt, its PDF attached: e-mail only (an in-app message cannot carry it). */
    RECEIPT(true, Channel.EMAIL),
    WEBHOOK_DISABLED(true, Channel.EMAIL, Channel.IN_APP);

    private final boolean optional;
    private final List<Channel> defaultChannels;

    MessageKind(boolean optional, Channel... defaultChannels) {
        this.optional = optional;
        this.defaultChannels = List.of(defaultChannels);
    }

    /** False for legal and clinical-safety messages, which are sent whatever the recipient opted out of. */
    public boolean mayBeOptedOut() {
        return optional;
    }

    /** The channels used when the recipient has not chosen any for this kind. */
    public List<Channel> defaultChannels() {
        return defaultChannels;
    }
}
