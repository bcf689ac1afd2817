package io.remedy.billing.payment;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Invoice;
import io.remedy.billing.invoice.InvoiceAccess;
import io.remedy.billing.invoice.InvoiceKind;
import io.remedy.billing.payment.PaymentView.BalanceResponse;
import io.remedy.billing.payment.PaymentView.CurrencyBalance;
import io.remedy.billing.payment.PaymentView.NewPayment;
import io.remedy.billing.payment.PaymentView.NewRefund;
import io.remedy.billing.payment.PaymentView.PaymentResponse;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.billing.PaymentMethod;
import io.remedy.contracts.billing.PaymentReceived;
import io.remedy.contracts.billing.PaymentRefunded;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.NativeScalars;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payments and refunds against an invoice. The invoice row is locked for the change, so concurrent payments never
 * pay more than is owed; the payment, the invoice's new state and the event commit together (outbox).
 */
@ApplicationScoped
public class PaymentService {

    private final Outbox outbox;
    private final AuditTrail audit;

    public PaymentService(Outbox outbox, AuditTrail audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The front desk records a card-terminal or cash payment. */
    @WithTransaction
    public Uni<PaymentResponse> record(Caller caller, UUID invoiceId, NewPayment request) {
        if (request.method() == PaymentMethod.ONLINE) {
            throw ProblemException.validation("method", "must be CARD_TERMINAL or CASH: online payments arrive from"
                    + " the payment provider");
        }
        return lockedInvoice(caller, invoiceId).chain(invoice -> {
            InvoiceAccess.requireMoneyHandler(caller, invoice);
            return receive(invoice, request.method(), request.amountCents(), null, caller.userId())
                    .call(payment -> audit.record(caller, AuditTrail.Action.PAYMENT, "invoice " + invoice.number,
                            invoice.clientId, invoice.locationCode))
                    .map(payment -> response(payment, invoice));
        });
    }

    /** The front desk refunds part or all of one payment. */
    @WithTransaction
    public Uni<PaymentResponse> refund(Caller caller, UUID invoiceId, NewRefund request) {
        return lockedInvoice(caller, invoiceId).chain(invoice -> {
            InvoiceAccess.requireMoneyHandler(caller, invoice);
            return Payment.<Payment>find("id = ?1 and invoiceId = ?2 and kind = ?3", request.paymentId(), invoice.id,
                            PaymentKind.PAYMENT).firstResult()
                    .chain(payment -> {
                        if (payment == null) {
                            throw ProblemException.validation("paymentId", "is not a payment of this invoice");
                        }
                        return refunded(payment.id).chain(already -> {
                            int left = payment.amountCents - already;
                            if (request.amountCents() > left) {
                                throw ProblemException.conflict("The refund is more than is left of the payment",
                                        new FieldError("amountCents", "must be at most " + left));
                            }
                            Payment refund = new Payment();
                            refund.id = UUID.randomUUID();
                            refund.tenant = invoice.tenant;
                            refund.invoiceId = invoice.id;
                            refund.kind = PaymentKind.REFUND;
                            refund.method = payment.method;
                            refund.amountCents = request.amountCents();
                            refund.currency = invoice.currency;
                            refund.refundOf = payment.id;
                            refund.reason = request.reason();
                            refund.takenBy = caller.userId();
                            refund.takenAt = now();
                            invoice.refunded(refund.amountCents);
                            return refund.persist()
                                    .chain(() -> outbox.append(OutgoingEvent.of(new PaymentRefunded(refund.id,
                                            payment.id, invoice.id, invoice.locationId, invoice.locationCode,
                                            invoice.clientId, refund.amountCents, refund.currency, invoice.status,
                                            invoice.outstandingCents(), refund.takenAt), invoice.tenant)))
                                    .chain(() -> audit.record(caller, AuditTrail.Action.REFUND,
                                            "invoice " + invoice.number, invoice.clientId, invoice.locationCode))
                                    .map(ignored -> response(refund, invoice));
                        });
                    });
        });
    }

    /**
     * Records money received towards a locked invoice and publishes {@code payment.received}, in the caller's
     * transaction. More than is outstanding is refused, naming {@code amountCents}.
     */
    public Uni<Payment> receive(Invoice invoice, PaymentMethod method, int amountCents, String providerReference,
                                String takenBy) {
        if (invoice.kind != InvoiceKind.INVOICE || invoice.status == InvoiceStatus.VOID) {
            throw ProblemException.conflict("The invoice is void: nothing is owed on it");
        }
        int outstanding = invoice.outstandingCents();
        if (amountCents > outstanding) {
            throw ProblemException.conflict("The payment is more than is outstanding on the invoice",
                    new FieldError("amountCents", "must be at most " + outstanding));
        }
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.tenant = invoice.tenant;
        payment.invoiceId = invoice.id;
        payment.kind = PaymentKind.PAYMENT;
        payment.method = method;
        payment.amountCents = amountCents;
        payment.currency = invoice.currency;
        payment.providerReference = providerReference;
        payment.takenBy = takenBy;
        payment.takenAt = now();
        invoice.paid(amountCents);
        return payment.persist()
                .chain(() -> outbox.append(OutgoingEvent.of(new PaymentReceived(payment.id, invoice.id,
                        invoice.locationId, invoice.locationCode, invoice.clientId, method, amountCents,
                        invoice.currency, invoice.status, invoice.outstandingCents(), payment.takenAt),
                        invoice.tenant)))
                .replaceWith(payment);
    }

    /** A client's balance per currency over the invoices the caller may see (audited). */
    @WithTransaction
    public Uni<BalanceResponse> balance(Caller caller, UUID clientId) {
        if (caller.hasRole(Caller.THERAPIST) && !caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER,
                Caller.RECEPTIONIST)) {
            throw ProblemException.forbidden("Therapists see the billing status of their sessions, not balances");
        }
        return known(caller, clientId).chain(known -> {
            if (!known) {
                throw ProblemException.notFound("Client", clientId);
            }
            return balanceOf(caller, clientId);
        });
    }

    /**
     * Whether the client is one the caller may ask about: for staff, a client billing knows in the caller's chain;
     * for a client, themself. Any other id is answered like an unknown one.
     */
    private static Uni<Boolean> known(Caller caller, UUID clientId) {
        String staff = "SELECT count(*) FROM client_copy WHERE tenant = :tenant AND client_id = :clientId";
        String self = staff + " AND user_id = :me";
        String invoiced = "SELECT count(*) FROM invoice WHERE tenant = :tenant AND client_id = :clientId"
                + (caller.isStaff() ? "" : " AND client_user_id = :me");
        return Panache.getSession().chain(session -> {
            // no result class: see NativeScalars
            var copy = session.createNativeQuery(caller.isStaff() ? staff : self)
                    .setParameter("tenant", caller.tenant()).setParameter("clientId", clientId);
            var invoices = session.createNativeQuery(invoiced)
                    .setParameter("tenant", caller.tenant()).setParameter("clientId", clientId);
            if (!caller.isStaff()) {
                copy.setParameter("me", caller.userId());
                invoices.setParameter("me", caller.userId());
            }
            return copy.getSingleResult().map(NativeScalars::asLong).chain(copies -> copies > 0
                    ? Uni.createFrom().item(true)
                    : invoices.getSingleResult().map(NativeScalars::asLong).map(count -> count > 0));
        });
    }

    private Uni<BalanceResponse> balanceOf(Caller caller, UUID clientId) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        params.put("clientId", clientId);
        params.put("kind", InvoiceKind.INVOICE);
        params.put("void", InvoiceStatus.VOID);
        String visible = InvoiceAccess.visible(caller, params);
        String query = "select currency, sum(totalCents), sum(paidCents), sum(refundedCents) from Invoice"
                + " where tenant = :tenant and clientId = :clientId and kind = :kind and status <> :void" + visible
                + " group by currency order by currency";
        return Panache.getSession().chain(session -> {
            var typed = session.createQuery(query, Object[].class);
            params.forEach(typed::setParameter);
            return typed.getResultList();
        }).chain((List<Object[]> rows) -> audit.record(caller, AuditTrail.Action.READ, "balance", clientId, null)
                .replaceWith(new BalanceResponse(clientId, rows.stream().map(row -> {
                    long invoiced = ((Number) row[1]).longValue();
                    long paid = ((Number) row[2]).longValue();
                    long refunded = ((Number) row[3]).longValue();
                    return new CurrencyBalance((String) row[0], invoiced, paid, refunded,
                            Math.max(0, invoiced - (paid - refunded)));
                }).toList())));
    }

    /** The invoice, locked for a change of what is paid on it; 404 when the caller may not see it. */
    public static Uni<Invoice> lockedInvoice(Caller caller, UUID invoiceId) {
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", invoiceId, caller.tenant())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(invoice -> InvoiceAccess.requireVisible(caller, invoice, invoiceId));
    }

    private static Uni<Integer> refunded(UUID paymentId) {
        return Payment.<Payment>find("refundOf = ?1", paymentId).list()
                .map(refunds -> refunds.stream().mapToInt(r -> r.amountCents).sum());
    }

    static PaymentResponse response(Payment payment, Invoice invoice) {
        return new PaymentResponse(payment.id, invoice.id, payment.kind, payment.method, payment.amountCents,
                payment.currency, payment.refundOf, payment.takenAt, invoice.status, invoice.outstandingCents(),
                payment.reason);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
