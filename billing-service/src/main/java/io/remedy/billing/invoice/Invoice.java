package io.remedy.billing.invoice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.remedy.contracts.billing.InvoiceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/**
 * An invoice (or a credit note cancelling one). Issued once and never edited: what changes is only what was paid and
 * refunded against it and, through a credit note, that it is void.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    /** {@code <LOCATIONCODE>-<year>-<6 digits>}, gapless per location and year. */
    public String number;

    @Enumerated(EnumType.STRING)
    public InvoiceKind kind;

    /** What it charges for: the session, or a fee of the location's policy. */
    @Enumerated(EnumType.STRING)
    public InvoiceReason reason;

    @Column(name = "credits_invoice_id")
    public UUID creditsInvoiceId;

    @Column(name = "location_id")
    public UUID locationId;

    @Column(name = "location_code")
    public String locationCode;

    @Column(name = "location_name")
    public String locationName;

    /** The location's postal address when the invoice was issued; null when booking did not name one. */
    @Column(name = "location_address")
    public String locationAddress;

    /** The location's time zone as issued: the invoice's day in reports. */
    @Column(name = "time_zone")
    public String timeZone;

    /** The session charged for; null for a package's sale. */
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "client_id")
    public UUID clientId;

    /** The client's short reference in the chain ({@code C-000042}): what invoices and exports name them by. */
    @Column(name = "client_reference")
    public String clientReference;

    /** The client's login; null for a client without one, and after erasure. */
    @Column(name = "client_user_id")
    public String clientUserId;

    /** The client's name as the invoice is made out; null when unknown, and after erasure. */
    @Column(name = "bill_to")
    public String billTo;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_user_id")
    public String therapistUserId;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    public String currency;

    @Column(name = "net_cents")
    public int netCents;

    @Column(name = "tax_cents")
    public int taxCents;

    @Column(name = "total_cents")
    public int totalCents;

    @Column(name = "paid_cents")
    public int paidCents;

    @Column(name = "refunded_cents")
    public int refundedCents;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "client_erased_at")
    public Instant clientErasedAt;

    /** Why it was voided, if a reason was given. */
    @Column(name = "void_reason")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public VoidReason voidReason;

    @Version
    public long version;

    /** What was paid and not refunded. */
    public int netPaidCents() {
        return paidCents - refundedCents;
    }

    /** What is still owed; never below zero. */
    public int outstandingCents() {
        return status == InvoiceStatus.VOID || kind == InvoiceKind.CREDIT_NOTE ? 0
                : Math.max(0, totalCents - netPaidCents());
    }

    /** The status that what was paid and refunded gives; a void invoice stays void. */
    void settle() {
        if (status == InvoiceStatus.VOID) {
            return;
        }
        int netPaid = netPaidCents();
        status = netPaid <= 0 ? InvoiceStatus.ISSUED
                : netPaid < totalCents ? InvoiceStatus.PART_PAID : InvoiceStatus.PAID;
    }

    /** Adds a payment received. */
    public void paid(int amountCents) {
        paidCents += amountCents;
        settle();
    }

    /** Adds a refund made. */
    public void refunded(int amountCents) {
        refundedCents += amountCents;
        settle();
    }
}
