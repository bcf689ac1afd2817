package io.remedy.console.billing;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The money per branch over a date range (billing's report: chain admins every branch, branch managers theirs):
 * each branch in its own currency, and the chain's totals one per currency — pounds and dollars never added.
 */
@Path("/reports/revenue")
@Produces(MediaType.TEXT_HTML)
public class RevenuePage {

    /** One branch's (or one currency's) figures, each amount written in its currency. */
    public record Figures(String name, String currency, int invoices, String invoiced, String fees, String paid,
                          String refunded, String outstanding, String credited) {
    }

    public record Revenue(String from, String to, Part<List<Figures>> rows, List<Figures> totals, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revenue(Revenue revenue);
    }

    private final BillingApi billing;
    private final Viewer viewer;

    public RevenuePage(@RestClient BillingApi billing, Viewer viewer) {
        this.billing = billing;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> revenue(@RestQuery String from, @RestQuery String to) {
        String first = from == null || from.isBlank() ? LocalDate.now(ZoneOffset.UTC).minusDays(30).toString() : from.trim();
        String last = to == null || to.isBlank() ? LocalDate.now(ZoneOffset.UTC).toString() : to.trim();
        Locale locale = viewer.locale();
        return Part.of(billing.report(first, last, null)).map(part -> {
            Part<List<Figures>> rows = part.map(report -> report.locations().stream().map(row -> new Figures(
                    row.locationName() == null ? row.locationCode() : row.locationName(), row.currency(),
                    count(row.invoices()), money(row.invoicedCents(), row.currency(), locale),
                    money(row.feesCents(), row.currency(), locale), money(row.paidCents(), row.currency(), locale),
                    money(row.refundedCents(), row.currency(), locale),
                    money(row.outstandingCents(), row.currency(), locale),
                    money(row.creditedCents(), row.currency(), locale))).toList());
            List<Figures> totals = part.available() && part.value().totals() != null
                    ? part.value().totals().stream().map(total -> new Figures(total.currency(), total.currency(),
                    count(total.invoices()), money(total.invoicedCents(), total.currency(), locale),
                    money(total.feesCents(), total.currency(), locale),
                    money(total.paidCents(), total.currency(), locale),
                    money(total.refundedCents(), total.currency(), locale),
                    money(total.outstandingCents(), total.currency(), locale),
                    money(total.creditedCents(), total.currency(), locale))).toList()
                    : List.of();
            return Templates.revenue(new Revenue(first, last, rows, totals, FormErrors.NONE));
        }).onFailure(failure -> failure instanceof ApiProblem problem && problem.status() == 400)
                .recoverWithItem(failure -> Templates.revenue(new Revenue(first, last, Part.of(List.of()), List.of(),
                        FormErrors.of((ApiProblem) failure))));
    }

    private static String money(Long cents, String currency, Locale locale) {
        return Money.format(cents == null ? 0L : cents, currency, locale);
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
