package io.remedy.contracts.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.UUID;

/**
 * Who a message went to, by reference: never the address itself.
 *
 * @param kind Whether the recipient is a client or a member of staff.
 * @param clientId The client, when the recipient is a client.
 * @param userId Keycloak subject of the recipient's login, when they have one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Recipient(
        Kind kind,
        UUID clientId,
        String userId) {

    /** Kind of recipient. */
    public enum Kind {
        /** A client (patient). */
        CLIENT,
        /** A member of staff (therapist, manager, receptionist). */
        STAFF
    }
}
