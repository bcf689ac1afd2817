package io.remedy.billing.export;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.invoice.Money;
import io.remedy.billing.session.LocationBook;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.QueryParams;
import io.remedy.platform.query.ReportRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * One location's invoices and credit notes over a period, as the CSV an accounting package imports: a line per
 * document in the order issued, credit notes with negative amounts, what was paid on each (refunds taken off).
 * Chain admins for every location, branch managers for theirs; every export is audited.
 */
@ApplicationScoped
public class AccountingExportService {

    /** The columns, in order. */
    static final String[] HEADER = {"date", "number", "type", "client reference", "net", "tax", "gross", "currency",
            "payments"};

    static final String DOCUMENTS = """
            SELECT i.issued_at, i.number, i.kind, i.client_reference, i.net_cents, i.tax_cents, i.total_cents,
                   i.currency, i.paid_cents - i.refunded_cents AS payments
            FROM invoice i
            WHERE i.tenant = :tenant AND i.location_id = :location
              AND i.issued_at >= (CAST(:from AS date))::timestamp AT TIME ZONE :zone
              AND i.issued_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE :zone
            ORDER BY i.issued_at, i.number""";

    private final LocationBook locations;
    private final AuditTrail audit;

    public AccountingExportService(LocationBook locations, AuditTrail audit) {
        this.locations = locations;
        this.audit = audit;
    }

    /** The export as CSV text, and the file name it is offered under. */
    public record Export(String fileName, String csv) {
    }

    @WithTransaction
    public Uni<Export> export(Caller caller, String locationText, String fromText, String toText) {
        // who asks before what is asked
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        UUID locationId = QueryParams.uuid(QueryParams.LOCATION_ID, locationText);
        ReportRange range = ReportRange.of(fromText, toText);
        LocalDate from = range.from();
        LocalDate to = range.to();
        return locations.find(caller.tenant(), locationId).chain(location -> {
            if (location == null) {
                throw ProblemException.notFound("Location", locationId);
            }
            if (!caller.hasRole(Caller.CHAIN_ADMIN) && !caller.mayActAt(location.code())) {
                throw ProblemException.forbidden("You may export the accounts only of your locations");
            }
            ZoneId zone = ZoneId.of(location.timeZone());
            return Panache.getSession().chain(session -> session.createNativeQuery(DOCUMENTS, Object[].class)
                            .setParameter("tenant", caller.tenant())
                            .setParameter("location", locationId)
                            .setParameter("from", from)
                            .setParameter("to", to)
                            .setParameter("zone", location.timeZone())
                            .getResultList())
                    .call(() -> audit.record(caller, AuditTrail.Action.EXPORT, "accounting export " + location.code()
                            + " " + from + ".." + to, null, location.code()))
                    .map(rows -> new Export("accounting-" + location.code() + "-" + from + "-" + to + ".csv",
                            csv(rows, zone)));
        });
    }

    /** The documents as CSV (RFC 4180, CRLF line ends, a header row). */
    static String csv(List<Object[]> rows, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Object[] row : rows) {
                String currency = (String) row[7];
                printer.printRecord(instant(row[0]).atZone(zone).toLocalDate(), row[1],
                        "CREDIT_NOTE".equals(row[2]) ? "credit note" : "invoice", row[3],
                        Money.decimal(number(row[4]), currency), Money.decimal(number(row[5]), currency),
                        Money.decimal(number(row[6]), currency), currency, Money.decimal(number(row[8]), currency));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
