package io.remedy.billing.payment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.billing.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Money received towards an invoice, or returned from such a payment; never any card data. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Enumerated(EnumType.STRING)
    public PaymentKind kind;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;

    @Column(name = "amount_cents")
    public int amountCents;

    public String currency;

    /** The payment a refund returns. */
    @Column(name = "refund_of")
    public UUID refundOf;

    /** The provider's checkout an online payment came from. */
    @Column(name = "provider_reference")
    public String providerReference;

    /** Who took it: a login id, or {@code system} for the provider's webhook. */
    /** A refund's reason, if given. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public RefundReason reason;

    @Column(name = "taken_by")
    public String takenBy;

    @Column(name = "taken_at")
    public Instant takenAt;
}
