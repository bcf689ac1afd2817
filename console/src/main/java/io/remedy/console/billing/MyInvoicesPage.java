package io.remedy.console.billing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.BookingApi;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A client's own invoices, on a phone first: what each was for, its amount and state, the receipt of a paid one, and
 * "Pay online", which asks billing for the payment provider's page and sends the browser there. Back in the console
 * ({@code /me/invoices/{id}?paying}), the page asks every few seconds until billing has the provider's word.
 */
@Path("/me/invoices")
@Produces(MediaType.TEXT_HTML)
public class MyInvoicesPage {

    /** {@code owed}: what the client still owes over their invoices, one amount per currency. */
    public record MyInvoices(Part<List<InvoiceView>> invoices, List<String> owed, String key) {
    }

    /** One invoice; {@code paying}: the client came back from the provider's page and the payment is awaited. */
    public record MyInvoice(InvoiceView view, boolean paying, String done, String key, FormErrors errors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invoices(MyInvoices mine);

        static native TemplateInstance invoice(MyInvoice mine);
    }

    private final BillingApi billing;
    private final BookingApi booking;
    private final Viewer viewer;

    public MyInvoicesPage(@RestClient BillingApi billing, @RestClient BookingApi booking, Viewer viewer) {
        this.billing = billing;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> invoices() {
        // billing answers a client with their own invoices only
        return Uni.combine().all().unis(Part.of(billing.invoices(null, null, null, null, null, 100, null)),
                zones()).asTuple().map(found -> {
            Part<Billing.InvoicePage> part = found.getItem1();
            Function<UUID, ZoneId> zone = found.getItem2();
            Part<List<InvoiceView>> views = part.map(page -> page.items().stream()
                    .filter(i -> "INVOICE".equals(i.kind()))
                    .map(i -> InvoiceView.of(i, viewer.locale(), zone.apply(i.locationId()))).toList());
            Map<String, Long> owed = new LinkedHashMap<>();
            if (part.available()) {
                part.value().items().stream().filter(Billing.Invoice::owing).forEach(i ->
                        owed.merge(i.currency(), i.outstandingCents().longValue(), Long::sum));
            }
            return Templates.invoices(new MyInvoices(views, owed.entrySet().stream()
                    .map(e -> Money.format(e.getValue(), e.getKey(), viewer.locale())).toList(),
                    UUID.randomUUID().toString()));
        });
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> invoice(@RestPath UUID id, @RestQuery String paying, @RestQuery String done) {
        return Uni.combine().all().unis(billing.invoice(id), zones()).asTuple().map(found -> {
            Billing.Invoice invoice = found.getItem1();
            return Templates.invoice(new MyInvoice(InvoiceView.of(invoice, viewer.locale(),
                    found.getItem2().apply(invoice.locationId())), paying != null && !invoice.paid(), done,
                    UUID.randomUUID().toString(), FormErrors.NONE));
        });
    }

    /** Asked every few seconds by the page awaiting the provider's word: 204 until the invoice is paid. */
    @GET
    @Path("/{id}/state")
    public Uni<Response> state(@RestPath UUID id, @HeaderParam("HX-Request") String htmx) {
        return billing.invoice(id).map(invoice -> {
            String target = "/me/invoices/" + id + (invoice.paid() ? "?done=paid" : "?paying=1");
            if (htmx == null) {
                return Response.seeOther(URI.create(target)).build();
            }
            return invoice.paid() ? Response.ok().header("HX-Redirect", target).build() : Response.noContent().build();
        });
    }

    /** Opens the provider's page for what is outstanding and sends the browser there. */
    @POST
    @Path("/{id}/pay")
    public Uni<Response> pay(@RestPath UUID id, @RestForm String key) {
        String idempotency = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
        return billing.paymentLink(id, idempotency)
                .map(link -> Response.seeOther(URI.create(link.url())).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() == 409)
                .recoverWithUni(failure -> Uni.combine().all().unis(billing.invoice(id), zones()).asTuple()
                        .map(found -> Response.status(409).entity(Templates.invoice(new MyInvoice(InvoiceView.of(
                                found.getItem1(), viewer.locale(), found.getItem2().apply(found.getItem1().locationId())),
                                false, null, UUID.randomUUID().toString(), FormErrors.of((ApiProblem) failure))))
                                .build()));
    }

    /** Each location's time zone (the client's dates and times are the location's); UTC when booking is down. */
    private Uni<Function<UUID, ZoneId>> zones() {
        Function<UUID, ZoneId> utc = id -> ZoneId.of("UTC");
        return booking.locations().map(InvoiceView::zones).onFailure(Part::isUnavailable).recoverWithItem(utc);
    }

    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Uni<Response> pdf(@RestPath UUID id) {
        return InvoicesPage.receipt(billing, id);
    }
}
