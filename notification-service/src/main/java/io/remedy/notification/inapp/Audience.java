package io.remedy.notification.inapp;

import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.RecipientKind;
import io.remedy.platform.caller.Caller;

import java.util.Set;

/**
 * Whose in-app messages a caller sees: those addressed to their login, and those addressed to a role they hold at a
 * location they may act at, in their own tenant.
 */
public record Audience(String tenant, String userId, Set<String> roles, Set<String> locations) {

    public static Audience of(Caller caller) {
        return new Audience(caller.tenant(), caller.userId(), Set.copyOf(caller.roles()),
                Set.copyOf(caller.locations()));
    }

    /** True if a message so addressed is for this audience. */
    public boolean hears(String tenant, RecipientKind kind, String userId, String role, String locationCode) {
        if (!this.tenant.equals(tenant)) {
            return false;
        }
        if (kind == RecipientKind.ROLE) {
            return role != null && roles.contains(role) && locationCode != null
                    && (locations.contains(locationCode) || locations.contains(Caller.ALL_LOCATIONS));
        }
        return this.userId.equals(userId);
    }

    public boolean hears(Delivery delivery) {
        return hears(delivery.tenant, delivery.recipientKind, delivery.recipientUserId, delivery.recipientRole,
                delivery.locationCode);
    }
}
