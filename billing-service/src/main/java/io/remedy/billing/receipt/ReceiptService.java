package io.remedy.billing.receipt;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceAccess;
import io.remedy.billing.invoice.InvoiceLine;
import io.remedy.billing.payment.Payment;
import io.remedy.billing.settings.BillingSettingsService;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The receipt (or invoice) of one invoice, for whoever may see its amounts; every read audited. */
@ApplicationScoped
public class ReceiptService {

    /** A rendered receipt and the invoice number it is named by. */
    public record Document(String number, byte[] pdf) {
    }

    private final AuditTrail audit;

    public ReceiptService(AuditTrail audit) {
        this.audit = audit;
    }

    /** What the receipt shows; 404 for an invoice the caller may not see, 403 for one whose amounts they may not. */
    @WithTransaction
    public Uni<Receipt> receipt(Caller caller, UUID id) {
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", id, caller.tenant()).firstResult()
                .map(invoice -> InvoiceAccess.requireVisible(caller, invoice, id))
                .chain(invoice -> {
                    if (!InvoiceAccess.seesAmounts(caller, invoice)) {
                        throw ProblemException.forbidden("A therapist sees an invoice's status, not its amounts");
                    }
                    return audit.record(caller, AuditTrail.Action.READ, "receipt " + invoice.number,
                                    invoice.clientId, invoice.locationCode)
                            .chain(() -> of(invoice));
                });
    }

    /** The receipt of an invoice already found (no caller: internal use, audited by the caller of this). */
    public static Uni<Receipt> of(Invoice invoice) {
        return InvoiceLine.<InvoiceLine>find("invoiceId = ?1 order by position", invoice.id).list()
                .chain(lines -> Payment.<Payment>find("invoiceId = ?1 order by takenAt, id", invoice.id).list()
                        .chain(payments -> BillingSettingsService.of(invoice.tenant)
                                .map(settings -> Receipt.of(invoice, lines, payments, settings))));
    }
}
