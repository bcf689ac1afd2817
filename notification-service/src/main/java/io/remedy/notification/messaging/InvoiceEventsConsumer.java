package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.notification.receipt.ReceiptNotices;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Billing's invoice events: a payment that makes an invoice PAID sends the client its receipt. */
@ApplicationScoped
public class InvoiceEventsConsumer {

    static final String CONSUMER = "notification.invoices";

    private final Inbox inbox;
    private final EventData data;
    private final ReceiptNotices receipts;

    public InvoiceEventsConsumer(Inbox inbox, EventData data, ReceiptNotices receipts) {
        this.inbox = inbox;
        this.data = data;
        this.receipts = receipts;
    }

    @Incoming("invoices")
    public Uni<Void> onInvoiceEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.PAYMENT_RECEIVED.type().equals(envelope.type())) {
            return receipts.paid(envelope, data.read(envelope, PaymentReceived.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
