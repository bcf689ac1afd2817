package io.remedy.notification.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.notification.report.ReportView.LocationFigures;
import io.remedy.notification.report.ReportView.Report;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.SqlFile;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.ReportRange;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivery figures per location over a date range, by SQL aggregates over indexed columns: messages sent per
 * channel, failed attempts, dead letters and the median time from event to delivery. A day is a day in the
 * location's time zone. Chain admins see every location, branch managers theirs.
 */
@ApplicationScoped
public class ReportService {

    /**
     * Every location of the tenant, in order, with its figures; the slot {@code scope} takes the conditions that
     * narrow the locations: {@code figures.sql} beside this class (the benchmark runs the same file as its anchor).
     */
    static final String FIGURES = SqlFile.read(ReportService.class, "figures.sql");

    private final KnownLocationRepository locations;

    public ReportService(KnownLocationRepository locations) {
        this.locations = locations;
    }

    @WithSession
    public Uni<Report> report(Caller caller, String fromText, String toText, UUID locationId) {
        if (!caller.hasAnyRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER)) {
            return Uni.createFrom().failure(ProblemException.forbidden("Reports are for chain admins and branch managers"));
        }
        ReportRange range = ReportRange.of(fromText, toText);
        LocalDate from = range.from();
        LocalDate to = range.to();
        boolean everywhere = caller.hasRole(Caller.CHAIN_ADMIN) && caller.actsAtAllLocations();
        Uni<Void> allowed = locationId == null || everywhere ? Uni.createFrom().voidItem()
                : locations.findInTenant(caller.tenant(), locationId).chain(location ->
                        location == null || caller.mayActAt(location.code) ? Uni.createFrom().voidItem()
                                : Uni.createFrom().failure(ProblemException.forbidden(
                                        "You may not read the figures of location " + location.code)));
        return allowed.chain(() -> Panache.getSession()).chain(session -> figures(session, caller, everywhere, from,
                        to, locationId))
                .map(rows -> new Report(from, to, rows));
    }

    private Uni<List<LocationFigures>> figures(Mutiny.Session session, Caller caller, boolean everywhere,
                                               LocalDate from, LocalDate to, UUID locationId) {
        StringBuilder scope = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        params.put("from", from);
        params.put("to", to);
        if (locationId != null) {
            scope.append(" and l.location_id = :location");
            params.put("location", locationId);
        }
        if (!everywhere && !caller.actsAtAllLocations()) {
            scope.append(" and l.code in (:codes)");
            params.put("codes", caller.locations().isEmpty() ? List.of("-") : List.copyOf(caller.locations()));
        }
        String sql = SqlFile.fill(FIGURES, "scope", scope.toString());
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
        params.forEach(query::setParameter);
        return query.getResultList().map(rows -> {
            List<LocationFigures> figures = new ArrayList<>();
            for (Object[] row : rows) {
                Map<String, Long> sent = new LinkedHashMap<>();
                sent.put("EMAIL", number(row[1]));
                sent.put("SMS", number(row[2]));
                sent.put("IN_APP", number(row[3]));
                Double median = row[4] == null ? null : Math.round(((Number) row[4]).doubleValue() * 1000) / 1000.0;
                figures.add(new LocationFigures((UUID) row[0], sent, number(row[5]), number(row[6]), median));
            }
            return figures;
        });
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
