package io.remedy.records.report;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.SqlFile;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.ReportRange;
import io.remedy.records.report.ReportView.LocationFigures;
import io.remedy.records.report.ReportView.RecordsReport;
import io.remedy.records.report.ReportView.TherapistFigures;
import io.remedy.records.session.KnownLocation;
import io.remedy.records.session.KnownLocationRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records' figures per location and per therapist over a date range, for the gateway's branch report: outcome
 * (assessed clients, NRS and ODI change, clinically important improvement), red flags and time to clearance,
 * overdue notes. Days are the location's own (time zone from booking's events). All figures are SQL aggregates.
 */
@ApplicationScoped
public class ReportService {

    // The statements are files beside this class (the benchmark runs the same files as its anchor). Each bounds its
    // range in the location's time zone, on indexed instants.

    /**
     * Per location (therapist_id null) and per therapist: first and latest assessment of each client in the range,
     * then the means and the share of clinically important improvement (ODI 10 points or 30 %, NRS 2 points or
     * 30 %: the thresholds of {@code ClinicalImportance}).
     */
    static final String OUTCOMES = SqlFile.read(ReportService.class, "outcomes.sql");

    /** Red flags raised in the range, per location and per therapist (GROUPING tells the location total). */
    static final String RED_FLAGS = SqlFile.read(ReportService.class, "red-flags.sql");

    /** Notes overdue now for sessions in the range, per location and per therapist. */
    static final String OVERDUE_NOTES = SqlFile.read(ReportService.class, "overdue-notes.sql");

    private final KnownLocationRepository locations;

    public ReportService(KnownLocationRepository locations) {
        this.locations = locations;
    }

    /**
     * The report; 400 for bad dates, 403 for anyone but chain admins and branch managers (of their locations), 404
     * for a {@code locationId} records knows of no session at in the caller's chain.
     */
    @WithSession
    public Uni<RecordsReport> report(Caller caller, String fromText, String toText, UUID locationId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        ReportRange range = ReportRange.of(fromText, toText);
        LocalDate from = range.from();
        LocalDate to = range.to();
        return locations.listInTenant(caller.tenant()).flatMap(known -> {
            if (locationId != null && known.stream().noneMatch(location -> location.id.equals(locationId))) {
                throw ProblemException.notFound("Location", locationId);
            }
            List<KnownLocation> shown = new ArrayList<>();
            for (KnownLocation location : known) {
                if (locationId != null && !location.id.equals(locationId)) {
                    continue;
                }
                if (!caller.hasRole(Caller.CHAIN_ADMIN) && !caller.mayActAt(location.code)) {
                    if (locationId != null) {
                        throw ProblemException.forbidden("You may not read the figures of " + location.code);
                    }
                    continue;
                }
                shown.add(location);
            }
            if (shown.isEmpty()) {
                return Uni.createFrom().item(new RecordsReport(from, to, List.of()));
            }
            Figures figures = new Figures();
            return rows(OUTCOMES, caller.tenant(), from, to).invoke(rows -> rows.forEach(figures::outcome))
                    .chain(() -> rows(RED_FLAGS, caller.tenant(), from, to))
                    .invoke(rows -> rows.forEach(figures::redFlags))
                    .chain(() -> rows(OVERDUE_NOTES, caller.tenant(), from, to))
                    .invoke(rows -> rows.forEach(figures::overdue))
                    .map(done -> new RecordsReport(from, to, shown.stream().map(l -> figures.of(l.id)).toList()));
        });
    }

    private static Uni<List<Object[]>> rows(String sql, String tenant, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    /** The figures gathered from the three queries, by location and by (location, therapist). */
    private static final class Figures {

        private final Map<UUID, Row> byLocation = new HashMap<>();
        private final Map<UUID, Map<UUID, Row>> byTherapist = new HashMap<>();

        void outcome(Object[] r) {
            Row row = row((UUID) r[0], (UUID) r[1]);
            row.clientsAssessed = count(r[2]);
            row.meanNrsChange = decimal(r[3]);
            row.meanOdiChange = decimal(r[4]);
            long followedUp = count(r[5]);
            row.importantShare = followedUp == 0 ? null : round((double) count(r[6]) / followedUp, 3);
        }

        void redFlags(Object[] r) {
            Row row = isTotal(r[2]) ? row((UUID) r[0], null) : r[1] == null ? null : row((UUID) r[0], (UUID) r[1]);
            if (row != null) {
                row.redFlagsRaised = count(r[3]);
                row.urgentRedFlags = count(r[4]);
                row.meanHoursToClearance = decimal(r[5]);
            }
        }

        void overdue(Object[] r) {
            Row row = isTotal(r[2]) ? row((UUID) r[0], null) : r[1] == null ? null : row((UUID) r[0], (UUID) r[1]);
            if (row != null) {
                row.overdueNotes = count(r[3]);
            }
        }

        LocationFigures of(UUID locationId) {
            Row total = byLocation.getOrDefault(locationId, new Row());
            Map<UUID, Row> therapists = byTherapist.getOrDefault(locationId, Map.of());
            List<TherapistFigures> rows = new TreeSet<>(therapists.keySet()).stream().map(id -> {
                Row t = therapists.get(id);
                return new TherapistFigures(id, t.clientsAssessed, t.meanNrsChange, t.meanOdiChange,
                        t.importantShare, t.redFlagsRaised, t.urgentRedFlags, t.meanHoursToClearance,
                        t.overdueNotes);
            }).toList();
            return new LocationFigures(locationId, total.clientsAssessed, total.meanNrsChange, total.meanOdiChange,
                    total.importantShare, total.redFlagsRaised, total.urgentRedFlags, total.meanHoursToClearance,
                    total.overdueNotes, rows);
        }

        private Row row(UUID locationId, UUID therapistId) {
            if (therapistId == null) {
                return byLocation.computeIfAbsent(locationId, id -> new Row());
            }
            return byTherapist.computeIfAbsent(locationId, id -> new HashMap<>())
                    .computeIfAbsent(therapistId, id -> new Row());
        }

        private static boolean isTotal(Object grouping) {
            return ((Number) Objects.requireNonNull(grouping)).intValue() == 1;
        }

        private static long count(Object value) {
            return value == null ? 0 : ((Number) value).longValue();
        }

        private static Double decimal(Object value) {
            return value == null ? null : round(((Number) value).doubleValue(), 2);
        }

        private static double round(double value, int places) {
            return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
        }
    }

    /** One row of figures. */
    private static final class Row {
        long clientsAssessed;
        Double meanNrsChange;
        Double meanOdiChange;
        Double importantShare;
        long redFlagsRaised;
        long urgentRedFlags;
        Double meanHoursToClearance;
        long overdueNotes;
    }
}
