package io.remedy.billing.messaging;

import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.inbox.PoisonEventException;

/** Every event names its chain ({@code ce_tenant}); one that does not can never be handled. */
final class Tenants {

    private Tenants() {
    }

    static String of(CloudEvent envelope) {
        if (envelope.tenant() == null || envelope.tenant().isBlank()) {
            throw new PoisonEventException("Event " + envelope.id() + " (" + envelope.type() + ") names no tenant");
        }
        return envelope.tenant();
    }
}
