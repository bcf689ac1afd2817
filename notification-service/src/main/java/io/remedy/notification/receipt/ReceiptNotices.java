package io.remedy.notification.receipt;

import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.notification.message.Addressee;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.message.Messenger;
import io.remedy.notification.message.Notice;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.platform.event.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The receipt e-mail: when a payment makes an invoice PAID, the client is sent its receipt, the PDF fetched from
 * billing-service as the e-mail goes out ({@link ReceiptAttachments}). The event carries ids and amounts only; the
 * client's address is notification's own contact projection.
 */
@ApplicationScoped
public class ReceiptNotices {

    private final Messenger messenger;
    private final KnownLocationRepository locations;

    public ReceiptNotices(Messenger messenger, KnownLocationRepository locations) {
        this.messenger = messenger;
        this.locations = locations;
    }

    /** Sends the receipt when this payment settled the invoice; a part payment sends nothing. */
    public Uni<Integer> paid(CloudEvent event, PaymentReceived payment) {
        if (payment.invoiceStatus() != InvoiceStatus.PAID) {
            return Uni.createFrom().item(0);
        }
        return locations.findInTenant(event.tenant(), payment.locationId()).chain(location -> {
            Notice notice = Notice.of(MessageKind.RECEIPT, event)
                    .about(payment.invoiceId())
                    .at(payment.locationId(), payment.locationCode(), location == null ? null : location.name,
                            location == null ? null : location.timeZone)
                    .value("amount", amount(payment.amountCents(), payment.currency()))
                    .value("method", payment.method().name())
                    .moment("paidAt", payment.receivedAt())
                    .waitForContact()
                    .build();
            return messenger.send(notice, List.of(new Addressee.Client(payment.clientId())));
        });
    }

    /** An amount in minor units with its currency's decimals and code, e.g. {@code 75.00 GBP}. */
    static String amount(int minorUnits, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency.toUpperCase(Locale.ROOT)).getDefaultFractionDigits());
        return BigDecimal.valueOf(minorUnits, digits).toPlainString() + " " + currency;
    }
}
