package io.remedy.notification.webhook;

import io.remedy.notification.message.Addressee;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.message.Messenger;
import io.remedy.notification.message.Notice;
import io.remedy.platform.caller.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/** Tells a chain's admins (e-mail and in-app, as other staff messages) that one of their endpoints was disabled. */
@ApplicationScoped
public class WebhookAlerts {

    private final Messenger messenger;

    public WebhookAlerts(Messenger messenger) {
        this.messenger = messenger;
    }

    /** Runs in the caller's transaction; one message per endpoint and time it was disabled. */
    Uni<Void> disabled(WebhookEndpoint endpoint, Instant at) {
        String reason = WebhookOutcomes.GONE.equals(endpoint.disabledReason)
                ? "it answered 410 Gone, which asks for no more deliveries"
                : "its deliveries kept failing for days";
        Notice notice = Notice.scheduled(MessageKind.WEBHOOK_DISABLED, endpoint.tenant,
                        "webhook-disabled:" + endpoint.id + ":" + at.toEpochMilli(), at)
                .about(endpoint.id)
                .value("webhookUrl", endpoint.url)
                .value("webhookId", endpoint.id.toString())
                .value("webhookReason", reason)
                .moment("disabled", at)
                .build();
        return messenger.send(notice, List.of(new Addressee.StaffAtLocation(Caller.CHAIN_ADMIN, Caller.ALL_LOCATIONS)))
                .replaceWithVoid();
    }
}
