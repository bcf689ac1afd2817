package io.remedy.billing.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.audit.AuditTrail;
import io.remedy.billing.report.BillingReportView.BillingReport;
import io.remedy.billing.report.BillingReportView.CurrencyMoney;
import io.remedy.billing.report.BillingReportView.LocationMoney;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.SqlFile;
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

    /**
     * The money of the invoices issued in the range, one row a location and currency; the slot {@code location} takes
     * the condition on one location: {@code report.sql} beside this class (the benchmark runs the same file).
     */
    static final String REPORT = SqlFile.read(BillingReportService.class, "report.sql");

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
        String sql = SqlFile.fill(REPORT, "location", locationId == null ? "" : "AND i.location_id = :location");
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
