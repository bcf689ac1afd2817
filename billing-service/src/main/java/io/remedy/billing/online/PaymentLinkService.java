package io.remedy.billing.online;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceAccess;
import io.remedy.billing.invoice.InvoiceKind;
import io.remedy.billing.payment.PaymentService;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Online payment: a link to the provider's hosted page for what is outstanding, and the provider's webhook that
 * settles it. A webhook is processed once by its id (a replay changes nothing), and a checkout pays at most once.
 */
@ApplicationScoped
public class PaymentLinkService {

    static final String SEEN = "INSERT INTO provider_webhook (webhook_id, type, checkout_id, received_at)"
            + " VALUES (:id, :type, :checkoutId, :now) ON CONFLICT DO NOTHING";

    private final PaymentProvider provider;
    private final PaymentService payments;
    private final AuditTrail audit;

    public PaymentLinkService(PaymentProvider provider, PaymentService payments, AuditTrail audit) {
        this.provider = provider;
        this.payments = payments;
        this.audit = audit;
    }

    /** A link: who may ask for one, for how much. */
    @Schema(name = "PaymentLink", description = "A link to the payment provider's hosted page for what is outstanding")
    public record Link(UUID id, UUID invoiceId, @Schema(description = "The provider's page to pay on") String url,
                       int amountCents, String currency,
                       @Schema(description = "OPEN until the provider reports the payment: then PAID or DECLINED")
                       String status,
                       Instant createdAt) {
    }

    /** Opens a checkout for what is outstanding: the client the invoice is made out to, or the front desk. */
    @WithTransaction
    public Uni<Link> create(Caller caller, UUID invoiceId) {
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", invoiceId, caller.tenant()).firstResult()
                .map(invoice -> InvoiceAccess.requireVisible(caller, invoice, invoiceId))
                .chain(invoice -> {
                    if (!InvoiceAccess.isOwner(caller, invoice) && !InvoiceAccess.handlesMoneyOf(caller, invoice)) {
                        throw ProblemException.forbidden("Only the client of the invoice or the front desk of its"
                                + " location asks for a payment link");
                    }
                    if (invoice.kind != InvoiceKind.INVOICE || invoice.status == InvoiceStatus.VOID) {
                        throw ProblemException.conflict("The invoice is void: nothing is owed on it");
                    }
                    int outstanding = invoice.outstandingCents();
                    if (outstanding <= 0) {
                        throw ProblemException.conflict("The invoice is paid: nothing is owed on it");
                    }
                    PaymentLink link = new PaymentLink();
                    link.id = UUID.randomUUID();
                    link.tenant = invoice.tenant;
                    link.invoiceId = invoice.id;
                    link.amountCents = outstanding;
                    link.currency = invoice.currency;
                    link.status = PaymentLink.Status.OPEN;
                    link.createdBy = caller.userId();
                    link.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return provider.open(link.id, outstanding, invoice.currency, "Invoice " + invoice.number)
                            .chain(checkout -> {
                                link.checkoutId = checkout.id();
                                link.url = checkout.url();
                                return link.persist();
                            })
                            .chain(() -> audit.record(caller, AuditTrail.Action.PAYMENT_LINK,
                                    "invoice " + invoice.number, invoice.clientId, invoice.locationCode))
                            .replaceWith(() -> view(link));
                });
    }

    /** What the provider's webhook says, once its signature was verified. */
    public record ProviderEvent(String webhookId, String type, String checkoutId, Integer amountCents) {

        public static final String COMPLETED = "checkout.completed";
        public static final String DECLINED = "checkout.declined";
    }

    /**
     * Settles a checkout the provider reports: a completed one records an ONLINE payment (once), a declined one
     * closes the link. A webhook id seen before, or a checkout already settled, changes nothing.
     */
    @WithTransaction
    public Uni<Void> settle(ProviderEvent event) {
        return Panache.getSession().chain(session -> session.createNativeQuery(SEEN)
                        .setParameter("id", event.webhookId())
                        .setParameter("type", event.type())
                        .setParameter("checkoutId", event.checkoutId())
                        .setParameter("now", Instant.now())
                        .executeUpdate())
                .chain(fresh -> {
                    if (fresh == 0) {
                        Log.infof("Provider webhook %s was processed before: ignored", event.webhookId());
                        return Uni.createFrom().voidItem();
                    }
                    return PaymentLink.<PaymentLink>find("checkoutId", event.checkoutId())
                            .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                            .chain(link -> apply(event, link));
                });
    }

    private Uni<Void> apply(ProviderEvent event, PaymentLink link) {
        if (link == null) {
            Log.warnf("Provider webhook %s names an unknown checkout: ignored", event.webhookId());
            return Uni.createFrom().voidItem();
        }
        if (link.status != PaymentLink.Status.OPEN) {
            Log.infof("Checkout %s was settled before: webhook %s ignored", link.checkoutId, event.webhookId());
            return Uni.createFrom().voidItem();
        }
        link.settledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (ProviderEvent.DECLINED.equals(event.type())) {
            link.status = PaymentLink.Status.DECLINED;
            return Uni.createFrom().voidItem();
        }
        if (!ProviderEvent.COMPLETED.equals(event.type())) {
            return Uni.createFrom().voidItem();
        }
        link.status = PaymentLink.Status.PAID;
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", link.invoiceId, link.tenant)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .chain(invoice -> {
                    // what was paid at the desk meanwhile is not taken twice: the provider's amount, up to what is owed
                    int amount = Math.min(link.amountCents, invoice.outstandingCents());
                    if (amount <= 0 || invoice.status == InvoiceStatus.VOID) {
                        Log.warnf("Checkout %s was paid, but invoice %s owes nothing: to be refunded by the provider",
                                link.checkoutId, invoice.id);
                        return Uni.createFrom().voidItem();
                    }
                    return payments.receive(invoice, PaymentMethod.ONLINE, amount, link.checkoutId, AuditTrail.SYSTEM)
                            .chain(payment -> audit.recordBySystem(invoice.tenant, AuditTrail.Action.PAYMENT,
                                    "invoice " + invoice.number, invoice.clientId, invoice.locationCode));
                });
    }

    static Link view(PaymentLink link) {
        return new Link(link.id, link.invoiceId, link.url, link.amountCents, link.currency, link.status.name(),
                link.createdAt);
    }
}
