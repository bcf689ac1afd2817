package io.remedy.notification.message;

import java.util.UUID;

/** Who a message is for, as an event names them. */
public sealed interface Addressee {

    /** A client, reached through the contact projection. */
    record Client(UUID clientId) implements Addressee {
    }

    /** A member of staff by login (e.g. the treating therapist). */
    record Staff(String userId) implements Addressee {
    }

    /** Every member of staff with a role at a location, e.g. the branch managers of {@code norwich}. */
    record StaffAtLocation(String role, String locationCode) implements Addressee {
    }
}
