package io.remedy.console.reports;

import io.remedy.console.i18n.Texts;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The branch comparison over a date range (chain admins: every branch; branch managers: theirs), as charts and a
 * table per location with the chain's total, and the gateway's CSV of the same figures.
 */
@Path("/reports/branches")
public class BranchReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance branches(BranchReportForm report);
    }

    /** The range asked for, the report (or unavailable), and the API's problem with the range. */
    public record BranchReportForm(String from, String to, Part<BranchReportView> report, FormErrors errors) {
    }

    private final ReportsApi reports;
    private final Viewer viewer;

    public BranchReportPage(@RestClient ReportsApi reports, Viewer viewer) {
        this.reports = reports;
        this.viewer = viewer;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> branches(@QueryParam("from") String from, @QueryParam("to") String to) {
        String first = from == null || from.isBlank() ? defaultFrom() : from.trim();
        String last = to == null || to.isBlank() ? today() : to.trim();
        AdminMessages words = Texts.in(viewer.language(), AdminMessages.class);
        BranchReportView.Words labels = words(words);
        return Part.of(reports.branches(first, last).map(json -> BranchReportView.of(json, labels)))
                .map(part -> Templates.branches(new BranchReportForm(first, last, part, FormErrors.NONE)))
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() == 400)
                .recoverWithItem(failure -> Templates.branches(new BranchReportForm(first, last,
                        Part.of((BranchReportView) null), FormErrors.of((ApiProblem) failure))));
    }

    /** The same report as the gateway's CSV, downloaded as a file. */
    @GET
    @Path("/csv")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        String first = from == null || from.isBlank() ? defaultFrom() : from.trim();
        String last = to == null || to.isBlank() ? today() : to.trim();
        return reports.branchesCsv(first, last, "csv").map(csv -> Response.ok(csv, "text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"branch-report-"
                        + safe(first) + "-to-" + safe(last) + ".csv\"")
                .build());
    }

    /** The charts' captions and series names in the reader's language. */
    static BranchReportView.Words words(AdminMessages words) {
        return new BranchReportView.Words() {
            @Override
            public String chart(String id) {
                return switch (id) {
                    case "bookings" -> words.chart_bookings();
                    case "utilisation" -> words.chart_utilisation();
                    case "revenue" -> words.chart_revenue();
                    case "outcomes" -> words.chart_outcomes();
                    case "improved" -> words.chart_improved();
                    case "redFlags" -> words.chart_redFlags();
                    case "delivery" -> words.chart_delivery();
                    default -> id;
                };
            }

            @Override
            public String series(String key) {
                return switch (key) {
                    case "sessionsBooked" -> words.figure_sessionsBooked();
                    case "sessionsCompleted" -> words.figure_sessionsCompleted();
                    case "sessionsCancelled" -> words.figure_sessionsCancelled();
                    case "lateCancellations" -> words.figure_lateCancellations();
                    case "noShows" -> words.figure_noShows();
                    case "therapistUtilisation" -> words.figure_therapistUtilisation();
                    case "roomUtilisation" -> words.figure_roomUtilisation();
                    case "revenue" -> words.figure_revenue();
                    case "meanNrsChange" -> words.figure_meanNrsChange();
                    case "meanOdiChange" -> words.figure_meanOdiChange();
                    case "clinicallyImportantShare" -> words.figure_clinicallyImportantShare();
                    case "redFlagsRaised" -> words.figure_redFlagsRaised();
                    case "urgentRedFlags" -> words.figure_urgentRedFlags();
                    case "overdueNotes" -> words.figure_overdueNotes();
                    case "sent.EMAIL" -> words.figure_sent_EMAIL();
                    case "sent.SMS" -> words.figure_sent_SMS();
                    case "sent.IN_APP" -> words.figure_sent_IN_APP();
                    case "failed" -> words.figure_failed();
                    case "deadLetters" -> words.figure_deadLetters();
                    default -> key;
                };
            }
        };
    }

    private static String safe(String day) {
        return day.replaceAll("[^0-9-]", "");
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String defaultFrom() {
        return LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
    }
}
