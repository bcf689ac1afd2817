package io.remedy.booking.report;

import io.remedy.booking.report.BookingReportView.BookingReport;
import io.remedy.booking.report.BookingReportView.CurrencyTotal;
import io.remedy.booking.report.BookingReportView.LocationFigures;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.database.SqlFile;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.query.QueryParams;
import io.remedy.platform.query.ReportRange;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The booking report per location over a date range: one SQL statement of aggregates, never rows loaded into Java.
 * Each location's days are its own (a range runs from local midnight of {@code from} to local midnight after
 * {@code to}). The session scans use the indexes of V12 and V4: {@code session_report_location_start_priced} for
 * everything counted per location, {@code session_report_client_first_visit} for each client's first visit.
 */
@ApplicationScoped
public class BookingReportService {

    /** The caller's chain's locations, to keep those the caller may read. */
    static final String LOCATIONS = SqlFile.read(BookingReportService.class, "report-locations.sql");

    /**
     * Every figure of the given locations ({@code $4}) over the days {@code $2}..{@code $3}, one row a location:
     * {@code report.sql} beside this class (the benchmark runs the same file as its anchor).
     */
    static final String REPORT = SqlFile.read(BookingReportService.class, "report.sql");

    private final Pool pool;

    public BookingReportService(Pool pool) {
        this.pool = pool;
    }

    /**
     * The report for the caller: chain admins for every location of the chain, branch managers for theirs (another
     * location's id is a 403); anyone else 403.
     */
    public Uni<BookingReport> report(Caller caller, String from, String to, String locationId) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER);
        ReportRange range = ReportRange.of(from, to);
        LocalDate first = range.from();
        LocalDate last = range.to();
        UUID only = QueryParams.locationId(locationId);
        String tenant = caller.tenant();
        Uni<List<UUID>> scope = pool.preparedQuery(LOCATIONS)
                .execute(Tuple.of(tenant)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    boolean known = false;
                    for (Row row : rows) {
                        UUID id = row.getUUID("id");
                        boolean mine = caller.hasRole(Caller.CHAIN_ADMIN) || caller.mayActAt(row.getString("code"));
                        if (only != null && only.equals(id)) {
                            known = true;
                            if (!mine) {
                                throw ProblemException.forbidden("You may read reports only of your locations");
                            }
                        }
                        if (mine && (only == null || only.equals(id))) {
                            ids.add(id);
                        }
                    }
                    if (only != null && !known) {
                        throw ProblemException.notFound("Location", only);
                    }
                    return ids;
                });
        return scope.flatMap(ids -> ids.isEmpty()
                ? Uni.createFrom().item(List.<LocationFigures>of())
                : pool.preparedQuery(REPORT).execute(Tuple.of(tenant, first, last, ids.toArray(UUID[]::new)))
                        .map(rows -> {
                            List<LocationFigures> figures = new ArrayList<>();
                            for (Row row : rows) {
                                figures.add(figures(row));
                            }
                            return figures;
                        }))
                .map(rows -> new BookingReport(first, last, rows, CurrencyTotal.of(rows)));
    }

    private static LocationFigures figures(Row row) {
        double booked = row.getDouble("booked_minutes");
        double rostered = row.getDouble("rostered_minutes");
        double roomMinutes = row.getDouble("room_minutes");
        return new LocationFigures(row.getUUID("id"), row.getString("code"), row.getString("name"),
                row.getString("time_zone"), row.getLong("booked"), row.getLong("completed"), row.getLong("cancelled"),
                row.getLong("late"), row.getLong("no_shows"), share(booked, rostered), share(booked, roomMinutes),
                row.getLong("new_clients"), row.getLong("returning_clients"), row.getLong("revenue"),
                row.getString("currency"));
    }

    /** {@code part ÷ whole} to four places; null when there is no whole. */
    static Double share(double part, double whole) {
        if (whole <= 0) {
            return null;
        }
        return Math.round(part / whole * 10_000) / 10_000.0;
    }
}
