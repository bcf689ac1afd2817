package io.remedy.billing.invoice;

import io.quarkus.logging.Log;
import io.remedy.billing.client.ClientBook;
import io.remedy.billing.client.ClientReferences;
import io.remedy.billing.config.BillingConfig;
import io.remedy.billing.session.LocationBook.Location;
import io.remedy.billing.session.SessionBook.Facts;
import io.remedy.contracts.billing.InvoiceIssued;
import io.remedy.contracts.billing.InvoiceStatus;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Issues the invoice of a completed session, or of the fee a late cancellation or a no-show costs by the location's
 * policy, once: inside the inbox's transaction (a redelivered event is skipped there), and never a second time for the
 * same session (looked up first, and a unique index on the session for invoices settles a race). The number is taken
 * in the same transaction ({@link InvoiceNumbers}). The tax rate is the location's, as booking's event names it; an
 * event from before booking named it falls back to {@code remedy.billing.tax.*}.
 */
@ApplicationScoped
public class InvoiceIssuer {

    private final InvoiceNumbers numbers;
    private final ClientBook clients;
    private final ClientReferences references;
    private final Outbox outbox;
    private final BillingConfig config;

    public InvoiceIssuer(InvoiceNumbers numbers, ClientBook clients, ClientReferences references, Outbox outbox,
                         BillingConfig config) {
        this.numbers = numbers;
        this.clients = clients;
        this.references = references;
        this.outbox = outbox;
        this.config = config;
    }

    /** What is charged: for which session, why, how much (tax included), in which currency, at which tax rate. */
    public record Charge(Facts session, InvoiceReason reason, int grossCents, String currency, BigDecimal taxRate,
                         String therapistRegistrationNumber) {
    }

    /** Issues the session's invoice unless it has one; a session without a price is not invoiced. */
    public Uni<Void> completed(String tenant, SessionCompleted session) {
        if (session.priceCents() == null || session.currency() == null) {
            Log.warnf("Session %s was completed without a price: no invoice issued", session.sessionId());
            return Uni.createFrom().voidItem();
        }
        return once(tenant, new Charge(Facts.of(session), InvoiceReason.SESSION, session.priceCents(),
                session.currency(), rate(session.taxRateBasisPoints(), session.locationCode()),
                session.therapistRegistrationNumber()));
    }

    /** Invoices the fee of a late cancellation, when the location's policy set one. */
    public Uni<Void> cancelled(String tenant, SessionCancelled cancelled) {
        if (cancelled.feeCents() == null || cancelled.currency() == null) {
            return Uni.createFrom().voidItem();
        }
        return once(tenant, new Charge(Facts.of(cancelled), InvoiceReason.LATE_CANCELLATION, cancelled.feeCents(),
                cancelled.currency(), rate(cancelled.taxRateBasisPoints(), cancelled.locationCode()), null));
    }

    /** Invoices the fee of a no-show, when the location's policy set one. */
    public Uni<Void> noShow(String tenant, SessionNoShow missed) {
        if (missed.feeCents() == null || missed.currency() == null) {
            return Uni.createFrom().voidItem();
        }
        return once(tenant, new Charge(Facts.of(missed), InvoiceReason.NO_SHOW, missed.feeCents(), missed.currency(),
                rate(missed.taxRateBasisPoints(), missed.locationCode()), null));
    }

    /** A package sold to a client at a location: what it costs there and who buys it. */
    public record PackageSale(Location location, UUID clientId, String clientUserId, String packageName,
                              UUID serviceId, int grossCents, String currency) {
    }

    /**
     * Issues the invoice of a package sold at a location, numbered like any invoice of the location and taxed at its
     * rate; the caller's transaction persists the client's package with it. The location's currency must be known.
     */
    public Uni<Invoice> sell(String tenant, PackageSale sale) {
        Location location = sale.location();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BigDecimal rate = rate(location.taxRateBasisPoints(), location.code());
        Issue issue = new Issue(location.id(), location.code(), location.name(), location.address(),
                location.timeZone(), sale.clientId(), sale.clientUserId(), InvoiceReason.PACKAGE, sale.currency(),
                sale.grossCents(), rate);
        return draft(tenant, issue, now).chain(invoice -> {
            InvoiceLine line = firstLine(invoice, rate);
            line.serviceId = sale.serviceId();
            line.serviceName = sale.packageName();
            line.serviceDate = now.atZone(ZoneId.of(location.timeZone())).toLocalDate();
            // not announced as invoice.issued: its .v1 names the session invoiced, which a sale has not
            // (payments of it are announced like any other)
            return invoice.persist().chain(() -> line.persist()).replaceWith(invoice);
        });
    }

    /** The rate the event names (hundredths of a percent), else the configured one of the location. */
    BigDecimal rate(Integer basisPoints, String locationCode) {
        return basisPoints != null ? BigDecimal.valueOf(basisPoints, 2) : config.tax().rateAt(locationCode);
    }

    private Uni<Void> once(String tenant, Charge charge) {
        return Invoice.<Invoice>find("tenant = ?1 and sessionId = ?2 and kind = ?3", tenant,
                        charge.session().sessionId(), InvoiceKind.INVOICE).firstResult()
                .chain(existing -> existing != null ? Uni.createFrom().voidItem() : issue(tenant, charge));
    }

    private Uni<Void> issue(String tenant, Charge charge) {
        Facts session = charge.session();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Issue issue = new Issue(session.locationId(), session.locationCode(), session.locationName(),
                session.locationAddress(), session.timeZone(), session.clientId(), session.clientUserId(),
                charge.reason(), charge.currency(), charge.grossCents(), charge.taxRate());
        return draft(tenant, issue, now).chain(invoice -> {
            invoice.sessionId = session.sessionId();
            invoice.therapistId = session.therapistId();
            invoice.therapistUserId = session.therapistUserId();
            InvoiceLine line = firstLine(invoice, charge.taxRate());
            line.serviceId = session.serviceId();
            line.serviceName = session.serviceName();
            line.therapistId = session.therapistId();
            line.therapistName = session.therapistName();
            line.therapistRegistrationNumber = charge.therapistRegistrationNumber();
            line.serviceDate = session.startsAt().atZone(ZoneId.of(session.timeZone())).toLocalDate();
            return invoice.persist()
                    .chain(() -> line.persist())
                    .chain(() -> outbox.append(OutgoingEvent.of(new InvoiceIssued(invoice.id, invoice.number,
                            invoice.locationId, invoice.locationCode, invoice.clientId, invoice.sessionId,
                            invoice.currency, invoice.netCents, invoice.taxCents, invoice.totalCents,
                            invoice.issuedAt), tenant)));
        });
    }

    /** Where an invoice is issued, to whom, why, and for how much (tax included at {@code rate}). */
    private record Issue(UUID locationId, String locationCode, String locationName, String locationAddress,
                         String timeZone, UUID clientId, String clientUserId, InvoiceReason reason, String currency,
                         int grossCents, BigDecimal rate) {
    }

    /**
     * An issued invoice, not yet persisted: the location's next number of the year (in its zone), the client's
     * billing name and short reference, the amounts split into net and tax.
     */
    private Uni<Invoice> draft(String tenant, Issue issue, Instant now) {
        int year = now.atZone(ZoneId.of(issue.timeZone())).getYear();
        Money.Split split = Money.taxIncluded(issue.grossCents(), issue.rate());
        return numbers.next(tenant, issue.locationId(), year)
                .chain(number -> clients.billTo(tenant, issue.clientId())
                        .chain(billTo -> references.of(tenant, issue.clientId()).map(reference -> {
                            Invoice invoice = new Invoice();
                            invoice.id = UUID.randomUUID();
                            invoice.tenant = tenant;
                            invoice.number = Money.invoiceNumber(issue.locationCode(), year, number);
                            invoice.kind = InvoiceKind.INVOICE;
                            invoice.reason = issue.reason();
                            invoice.locationId = issue.locationId();
                            invoice.locationCode = issue.locationCode();
                            invoice.locationName = issue.locationName();
                            invoice.locationAddress = issue.locationAddress();
                            invoice.timeZone = issue.timeZone();
                            invoice.clientId = issue.clientId();
                            invoice.clientReference = reference;
                            invoice.clientUserId = issue.clientUserId();
                            invoice.billTo = billTo;
                            invoice.status = InvoiceStatus.ISSUED;
                            invoice.currency = issue.currency();
                            invoice.netCents = split.netCents();
                            invoice.taxCents = split.taxCents();
                            invoice.totalCents = split.grossCents();
                            invoice.issuedAt = now;
                            return invoice;
                        })));
    }

    /** The invoice's one line, carrying its amounts; the caller names what it is for. */
    private static InvoiceLine firstLine(Invoice invoice, BigDecimal rate) {
        InvoiceLine line = new InvoiceLine();
        line.id = UUID.randomUUID();
        line.invoiceId = invoice.id;
        line.position = 1;
        line.netCents = invoice.netCents;
        line.taxRate = rate;
        line.taxCents = invoice.taxCents;
        line.grossCents = invoice.totalCents;
        return line;
    }
}
