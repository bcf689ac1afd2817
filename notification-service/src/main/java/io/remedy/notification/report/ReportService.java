package io.remedy.notification.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.notification.report.ReportView.LocationFigures;
import io.remedy.notification.report.ReportView.Report;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.platform.caller.Caller;
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

    static final String FIGURES = """
            select l.location_id,
                   coalesce(s.email, 0), coalesce(s.sms, 0), coalesce(s.in_app, 0), s.median,
                   coalesce(f.failed, 0), coalesce(x.dead, 0)
            from known_location l
            cross join lateral (select (cast(:from as date))::timestamp at time zone coalesce(l.time_zone, 'UTC') as since,
                                       (cast(:to as date) + 1)::timestamp at time zone coalesce(l.time_zone, 'UTC') as until) r
            left join lateral (
                select count(*) filter (where d.channel = 'EMAIL') as email,
                       count(*) filter (where d.channel = 'SMS') as sms,
                       count(*) filter (where d.channel = 'IN_APP') as in_app,
                       percentile_cont(0.5) within group (order by extract(epoch from (d.sent_at - d.event_time)))
                           filter (where d.event_time is not null) as median
                from delivery d
                where d.tenant = l.tenant and d.location_id = l.location_id and d.status = 'SENT'
                  and d.sent_at >= r.since and d.sent_at < r.until) s on true
            left join lateral (
                select count(*) as failed from delivery_attempt a
                where a.tenant = l.tenant and a.location_id = l.location_id and a.status = 'FAILED'
                  and a.attempted_at >= r.since and a.attempted_at < r.until) f on true
            left join lateral (
                select count(*) as dead from delivery d
                where d.tenant = l.tenant and d.location_id = l.location_id and d.status = 'DEAD'
                  and d.dead_at >= r.since and d.dead_at < r.until) x on true
            where l.tenant = :tenant
            """;

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
        StringBuilder sql = new StringBuilder(FIGURES);
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", caller.tenant());
        params.put("from", from);
        params.put("to", to);
        if (locationId != null) {
            sql.append(" and l.location_id = :location");
            params.put("location", locationId);
        }
        if (!everywhere && !caller.actsAtAllLocations()) {
            sql.append(" and l.code in (:codes)");
            params.put("codes", caller.locations().isEmpty() ? List.of("-") : List.copyOf(caller.locations()));
        }
        sql.append(" order by l.code, l.location_id");
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql.toString(), Object[].class);
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
