package io.remedy.billing.online;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A link to the payment provider's hosted page for one invoice: its checkout and how it ended. */
@Entity
@Table(name = "payment_link")
public class PaymentLink extends PanacheEntityBase {

    /** Where a link stands. */
    public enum Status { OPEN, PAID, DECLINED }

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    /** The provider's checkout. */
    @Column(name = "checkout_id")
    public String checkoutId;

    public String url;

    @Column(name = "amount_cents")
    public int amountCents;

    public String currency;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "settled_at")
    public Instant settledAt;
}
