package io.remedy.notification.delivery;

/** Who a message is addressed to. */
public enum RecipientKind {
    /** A client, by client id (reached through the contact projection). */
    CLIENT,
    /** A member of staff, by user id. */
    STAFF,
    /** Every member of staff with a role at a location, e.g. the branch managers of {@code norwich}. */
    ROLE
}
