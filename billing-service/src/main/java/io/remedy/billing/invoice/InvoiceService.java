package io.remedy.billing.invoice;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.InvoiceView.InvoiceResponse;
import io.remedy.billing.payment.Payment;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading invoices (every read audited) and voiding one with a credit note. */
@ApplicationScoped
public class InvoiceService {

    private final InvoiceNumbers numbers;
    private final AuditTrail audit;

    public InvoiceService(InvoiceNumbers numbers, AuditTrail audit) {
        this.numbers = numbers;
        this.audit = audit;
    }

    /** What a list may be narrowed to. */
    public record Filter(UUID locationId, UUID clientId, InvoiceStatus status, Instant from, Instant to) {
    }

    /** The invoices the caller may see, newest first, one page. */
    @WithTransaction
    public Uni<Page<InvoiceResponse>> list(Caller caller, Filter filter, int limit, String cursorText) {
        Cursor.Keyset cursor = Cursor.keyset(cursorText);
        Map<String, Object> params = new HashMap<>();
        StringBuilder query = new StringBuilder("tenant = :tenant");
        params.put("tenant", caller.tenant());
        query.append(InvoiceAccess.visible(caller, params));
        if (filter.locationId() != null) {
            query.append(" and locationId = :locationId");
            params.put("locationId", filter.locationId());
        }
        if (filter.clientId() != null) {
            query.append(" and clientId = :clientId");
            params.put("clientId", filter.clientId());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            query.append(" and issuedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and issuedAt < :to");
            params.put("to", filter.to());
        }
        if (cursor != null) {
            query.append(" and (issuedAt < :cursorAt or (issuedAt = :cursorAt and id < :cursorId))");
            params.put("cursorAt", cursor.at());
            params.put("cursorId", cursor.id());
        }
        query.append(" order by issuedAt desc, id desc");
        return Invoice.<Invoice>find(query.toString(), params).range(0, limit).list()
                .chain(found -> audit.record(caller, AuditTrail.Action.LIST, "invoices", filter.clientId(), null)
                        .replaceWith(Page.of(found.stream()
                                        .map(i -> InvoiceResponse.of(i, InvoiceAccess.seesAmounts(caller, i), null, null))
                                        .toList(), limit,
                                (InvoiceResponse i) -> Cursor.after(i.issuedAt(), i.id()))));
    }

    /** One invoice with its lines and payments (its status only, for a therapist). */
    @WithTransaction
    public Uni<InvoiceResponse> get(Caller caller, UUID id) {
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", id, caller.tenant()).firstResult()
                .map(invoice -> InvoiceAccess.requireVisible(caller, invoice, id))
                .chain(invoice -> audit.record(caller, AuditTrail.Action.READ, "invoice " + invoice.number,
                                invoice.clientId, invoice.locationCode)
                        .chain(() -> details(caller, invoice)));
    }

    /** The invoice as the caller may see it, with lines and payments when they see amounts. */
    public static Uni<InvoiceResponse> details(Caller caller, Invoice invoice) {
        if (!InvoiceAccess.seesAmounts(caller, invoice)) {
            return Uni.createFrom().item(InvoiceResponse.of(invoice, false, null, null));
        }
        return InvoiceLine.<InvoiceLine>find("invoiceId = ?1 order by position", invoice.id).list()
                .chain(lines -> Payment.<Payment>find("invoiceId = ?1 order by takenAt, id", invoice.id).list()
                        .map(payments -> InvoiceResponse.of(invoice, true, lines, payments)));
    }

    /**
     * Voids an invoice on which nothing is paid: issues a credit note for its total (numbered like an invoice) and
     * marks it VOID. An issued invoice is never edited; a paid one is refunded first.
     */
    @WithTransaction
    public Uni<InvoiceResponse> voidInvoice(Caller caller, UUID id, VoidReason reason) {
        return Invoice.<Invoice>find("id = ?1 and tenant = ?2", id, caller.tenant())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                .map(invoice -> InvoiceAccess.requireVisible(caller, invoice, id))
                .chain(invoice -> {
                    InvoiceAccess.requireMoneyHandler(caller, invoice);
                    if (invoice.kind != InvoiceKind.INVOICE) {
                        throw ProblemException.conflict("A credit note cannot be voided");
                    }
                    if (invoice.status == InvoiceStatus.VOID) {
                        throw ProblemException.conflict("The invoice is already void");
                    }
                    if (invoice.netPaidCents() > 0) {
                        throw ProblemException.conflict("Refund what was paid before voiding the invoice",
                                new FieldError("paidCents", "must be refunded first"));
                    }
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    int year = now.atOffset(ZoneOffset.UTC).getYear();
                    return numbers.next(invoice.tenant, invoice.locationId, year).chain(number -> {
                        Invoice credit = creditNote(invoice, Money.invoiceNumber(invoice.locationCode, year, number), now);
                        invoice.status = InvoiceStatus.VOID;
                        invoice.voidedAt = now;
                        invoice.voidReason = reason;
                        return InvoiceLine.<InvoiceLine>find("invoiceId = ?1 order by position", invoice.id).list()
                                .chain(lines -> credit.persist().chain(() -> persistCredited(credit, lines)))
                                .chain(() -> audit.record(caller, AuditTrail.Action.VOID, "invoice " + invoice.number,
                                        invoice.clientId, invoice.locationCode))
                                .chain(() -> details(caller, credit));
                    });
                });
    }

    private static Invoice creditNote(Invoice invoice, String number, Instant now) {
        Invoice credit = new Invoice();
        credit.id = UUID.randomUUID();
        credit.tenant = invoice.tenant;
        credit.number = number;
        credit.kind = InvoiceKind.CREDIT_NOTE;
        credit.reason = invoice.reason;
        credit.creditsInvoiceId = invoice.id;
        credit.locationId = invoice.locationId;
        credit.locationCode = invoice.locationCode;
        credit.locationName = invoice.locationName;
        credit.locationAddress = invoice.locationAddress;
        credit.timeZone = invoice.timeZone;
        credit.clientReference = invoice.clientReference;
        credit.sessionId = invoice.sessionId;
        credit.clientId = invoice.clientId;
        credit.clientUserId = invoice.clientUserId;
        credit.billTo = invoice.billTo;
        credit.therapistId = invoice.therapistId;
        credit.therapistUserId = invoice.therapistUserId;
        credit.status = InvoiceStatus.VOID;
        credit.currency = invoice.currency;
        credit.netCents = -invoice.netCents;
        credit.taxCents = -invoice.taxCents;
        credit.totalCents = -invoice.totalCents;
        credit.issuedAt = now;
        return credit;
    }

    private static Uni<Void> persistCredited(Invoice credit, List<InvoiceLine> lines) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (InvoiceLine line : lines) {
            InvoiceLine negative = new InvoiceLine();
            negative.id = UUID.randomUUID();
            negative.invoiceId = credit.id;
            negative.position = line.position;
            negative.serviceId = line.serviceId;
            negative.serviceName = line.serviceName;
            negative.therapistId = line.therapistId;
            negative.therapistName = line.therapistName;
            negative.therapistRegistrationNumber = line.therapistRegistrationNumber;
            negative.serviceDate = line.serviceDate;
            negative.netCents = -line.netCents;
            negative.taxRate = line.taxRate;
            negative.taxCents = -line.taxCents;
            negative.grossCents = -line.grossCents;
            all = all.chain(() -> negative.persist().replaceWithVoid());
        }
        return all;
    }
}
