package io.remedy.billing.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.report.BillingReportView.BillingReport;
import io.remedy.billing.report.BillingReportView.CurrencyMoney;
import io.remedy.billing.report.BillingReportView.LocationMoney;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.QueryParams;
import io.remedy.platform.query.ReportRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Invoiced, paid, refunded and outstanding money and package sales per location in its currency, over the invoices
 * issued in a date range (the location's days); chain admins for the whole chain, branch managers for their locations.
 * The gateway folds it into the branch report.
 */
@ApplicationScoped
public class BillingReportService {

    static final String REPORT = """
            SELECT i.location_id, i.location_code, i.location_name, i.currency,
                   count(*) FILTER (WHERE i.kind = 'INVOICE') AS invoices,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS invoiced,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE'
                       AND i.reason IN ('LATE_CANCELLATION', 'NO_SHOW')), 0) AS fees,
                   coalesce(sum(i.paid_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS paid,
                   coalesce(sum(i.refunded_cents) FILTER (WHERE i.kind = 'INVOICE'), 0) AS refunded,
                   coalesce(sum(greatest(0, i.total_cents - i.paid_cents + i.refunded_cents))
                       FILTER (WHERE i.kind = 'INVOICE' AND i.status <> 'VOID'), 0) AS outstanding,
                   coalesce(sum(-i.total_cents) FILTER (WHERE i.kind = 'CREDIT_NOTE'), 0) AS credited,
                   count(*) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE') AS package_sales,
                   coalesce(sum(i.total_cents) FILTER (WHERE i.kind = 'INVOICE' AND i.reason = 'PACKAGE'), 0)
                       AS package_sales_cents
            FROM invoice i
            LEFT JOIN session_copy s ON s.tenant = i.tenant AND s.session_id = i.session_id
            WHERE i.tenant = :tenant
              AND i.issued_at >= (CAST(:from AS date))::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
              AND i.issued_at < (CAST(:to AS date) + 1)::timestamp AT TIME ZONE coalesce(i.time_zone, s.time_zone)
              %s
            GROUP BY i.location_id, i.location_code, i.location_name, i.currency
            ORDER BY i.location_code, i.currency""";

    private final AuditTrail audit;

    public BillingReportService(AuditTrail audit) {
        this.audit = audit;
    }

    @WithTransaction
    public Uni<BillingReport> report(Caller caller, String fromText, String toText, String locationText) {
        // who asks before what is asked
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        ReportRange range = ReportRange.of(fromText, toText);
        LocalDate from = range.from();
        LocalDate to = range.to();
        UUID locationId = QueryParams.locationId(locationText);
        String sql = REPORT.formatted(locationId == null ? "" : "AND i.location_id = :location");
        return Panache.getSession().chain(session -> {
                    var query = session.createNativeQuery(sql, Object[].class)
                            .setParameter("tenant", caller.tenant())
                            .setParameter("from", from)
                            .setParameter("to", to);
                    if (locationId != null) {
                        query.setParameter("location", locationId);
                    }
                    return query.getResultList();
                })
                .map(found -> {
                    List<LocationMoney> rows = new ArrayList<>();
                    for (Object[] row : found) {
                        String code = (String) row[1];
                        boolean mine = caller.hasRole(Caller.CHAIN_ADMIN) || caller.mayActAt(code);
                        if (!mine) {
                            if (locationId != null) {
                                throw ProblemException.forbidden("You may read reports only of your locations");
                            }
                            continue;
                        }
                        rows.add(new LocationMoney((UUID) row[0], code, (String) row[2], (String) row[3],
                                number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]),
                                number(row[9]), number(row[10]), number(row[11]), number(row[12])));
                    }
                    return new BillingReport(from, to, rows, CurrencyMoney.of(rows));
                })
                .call(() -> audit.record(caller, AuditTrail.Action.LIST, "billing report", null, null));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
