package io.remedy.console.billing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.MyLocations;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The front desk's money: a location's invoices (by state, issue dates and client) with what is still owed, one
 * invoice with its lines and payments, taking a card-terminal or cash payment (part payments too) and the receipt
 * PDF. From a completed session's page, "Invoice and payment" opens the session's invoice (waiting a moment while
 * billing issues it). Billing decides who may see and take what.
 */
@Path("/invoices")
@Produces(MediaType.TEXT_HTML)
public class InvoicesPage {

    /** The list with its filters; {@code owed}: what is outstanding on the invoices shown, per currency. */
    public record ListView(List<Booking.Location> locations, UUID location, String status, String from, String to,
                           UUID client, String clientName, Part<List<InvoiceView>> invoices, List<String> owed,
                           String nextCursor, String moreHref, List<String> statuses, FormErrors errors) {
    }

    /**
     * One invoice at the desk: the forms to take a payment, refund one and void the invoice keep what was typed when
     * the API refused it; {@code errors} belong to the form named by {@code failed} ({@code pay}, {@code refund},
     * {@code void}).
     */
    public record PaymentForm(InvoiceView view, String method, String amount, String key, String done,
                              String remaining, List<String> methods, FormErrors errors, String failed,
                              Refund refund, String voidReason, List<String> refundReasons,
                              List<String> voidReasons) {

        public FormErrors errorsOf(String form) {
            return form.equals(failed) ? errors : FormErrors.NONE;
        }
    }

    /** The refund form's values. */
    public record Refund(UUID paymentId, String amount, String reason, String key) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView list);

        static native TemplateInstance invoice(PaymentForm form);

        static native TemplateInstance issuing(UUID sessionId, UUID client);
    }

    private final BillingApi billing;
    private final BookingApi booking;
    private final Viewer viewer;

    public InvoicesPage(@RestClient BillingApi billing, @RestClient BookingApi booking, Viewer viewer) {
        this.billing = billing;
        this.booking = booking;
        this.viewer = viewer;
    }

    /**
     * The list. Its calls do not wait for one another where they need not: the client's name and, when the location
     * is given, the invoices are asked for beside the chain's locations (only the default location needs them first);
     * the locations are asked for once, also when billing refuses the filters.
     */
    @GET
    public Uni<TemplateInstance> list(@RestQuery UUID location, @RestQuery String status, @RestQuery String from,
                                      @RestQuery String to, @RestQuery UUID client, @RestQuery String cursor) {
        String state = status == null || status.isBlank() ? null : status.trim();
        String first = blankToNull(from);
        String last = blankToNull(to);
        Uni<List<Booking.Location>> chain = booking.locations().memoize().indefinitely();
        Uni<UUID> place = location != null ? Uni.createFrom().item(location)
                : chain.map(all -> MyLocations.of(viewer, all).stream().findFirst().map(Booking.Location::id)
                        .orElse(null));
        Uni<String> clientName = client == null ? Uni.createFrom().item((String) null)
                : Catalogue.clients(booking, List.of(client)).map(found -> Optional.ofNullable(found.get(client))
                        .map(Booking.Client::name).orElse(null));
        Uni<Part<Billing.InvoicePage>> page = place.flatMap(here -> Part.of(billing.invoices(here, client, state, first,
                last, 50, blankToNull(cursor))));
        return Uni.combine().all().unis(chain, clientName, page).with((all, name, answer) -> {
            List<Booking.Location> mine = MyLocations.of(viewer, all);
            UUID here = location != null ? location : mine.isEmpty() ? null : mine.get(0).id();
            var zone = InvoiceView.zones(all);
            Money.Writer money = Money.writer(viewer.locale());
            Part<List<InvoiceView>> views = answer.map(p -> p.items().stream()
                    .map(i -> InvoiceView.of(i, money, zone.apply(i.locationId()))).toList());
            List<String> owed = answer.available() ? owed(answer.value().items(), money) : List.of();
            String next = answer.available() ? answer.value().nextCursor() : null;
            String more = next == null ? null : "/invoices?location=" + here + param("status", state)
                    + param("from", first) + param("to", last) + (client == null ? "" : "&client=" + client)
                    + "&cursor=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
            return Templates.list(new ListView(mine, here, state, first, last, client, name, views, owed, next, more,
                    Billing.STATUSES, FormErrors.NONE));
        }).onFailure(failure -> failure instanceof ApiProblem problem && problem.status() == 400)
                .recoverWithUni(failure -> chain.map(all -> Templates.list(new ListView(
                        MyLocations.of(viewer, all), location, state, first, last, client, null,
                        Part.of(List.of()), List.of(), null, null, Billing.STATUSES,
                        FormErrors.of((ApiProblem) failure)))));
    }

    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> invoice(@RestPath UUID id, @RestQuery String done) {
        // the invoice and the locations (for its time zone) do not depend on one another: asked for at once
        return Uni.combine().all().unis(billing.invoice(id), booking.locations())
                .with((invoice, chain) -> form(invoice, InvoiceView.zones(chain).apply(invoice.locationId()), null,
                        null, done, FormErrors.NONE, null, null, null));
    }

    /** A card-terminal or cash payment; the key of the form makes a second click record nothing more. */
    @POST
    @Path("/{id}/payments")
    public Uni<Response> pay(@RestPath UUID id, @RestForm String method, @RestForm String amount,
                             @RestForm String key) {
        return billing.invoice(id).flatMap(invoice -> {
            Integer cents = Money.parse(amount, invoice.currency());
            if (cents == null) {
                BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
                return form(invoice, method, amount, "", FormErrors.summary(words.amount_unreadable())
                        .with("amountCents", words.amount_unreadable()), "pay", null, null)
                        .map(page -> Response.status(400).entity(page).build());
            }
            String idempotency = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
            return billing.pay(id, idempotency, new Billing.NewPayment(method, cents))
                    .map(paid -> Response.seeOther(URI.create("/invoices/" + id + "?done=paid")).build())
                    .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                            && problem.status() != 404)
                    .recoverWithUni(failure -> billing.invoice(id).flatMap(again -> form(again, method, amount, "",
                            FormErrors.of((ApiProblem) failure), "pay", null, null))
                            .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
        });
    }

    /** Refunds part or all of a payment, with a reason; the key of the form makes a second click refund nothing more. */
    @POST
    @Path("/{id}/refunds")
    public Uni<Response> refund(@RestPath UUID id, @RestForm String paymentId, @RestForm String amount,
                                @RestForm String reason, @RestForm String key) {
        return billing.invoice(id).flatMap(invoice -> {
            BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
            UUID payment = uuid(paymentId);
            Refund typed = new Refund(payment, amount, reason, "");
            Integer cents = Money.parse(amount, invoice.currency());
            FormErrors mistakes = FormErrors.summary(words.refund_problem());
            boolean wrong = false;
            if (payment == null) {
                wrong = true;
                mistakes = mistakes.with("paymentId", words.refund_choose_payment());
            }
            if (cents == null) {
                wrong = true;
                mistakes = mistakes.with("amountCents", words.amount_unreadable());
            }
            if (reason == null || reason.isBlank()) {
                wrong = true;
                mistakes = mistakes.with("reason", words.refund_choose_reason());
            }
            if (wrong) {
                return form(invoice, null, null, "", mistakes, "refund", typed, null)
                        .map(page -> Response.status(400).entity(page).build());
            }
            String idempotency = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
            return billing.refund(id, idempotency, new Billing.NewRefund(payment, cents, reason.trim()))
                    .map(done -> Response.seeOther(URI.create("/invoices/" + id + "?done=refunded")).build())
                    .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                            && problem.status() != 404)
                    .recoverWithUni(failure -> billing.invoice(id).flatMap(again -> form(again, null, null, "",
                            FormErrors.of((ApiProblem) failure), "refund", typed, null))
                            .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
        });
    }

    /** Voids the invoice by a credit note, with a reason; billing refuses while payments on it stand. */
    @POST
    @Path("/{id}/void")
    public Uni<Response> voidInvoice(@RestPath UUID id, @RestForm String reason) {
        BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
        if (reason == null || reason.isBlank()) {
            return billing.invoice(id).flatMap(invoice -> form(invoice, null, null, "",
                            FormErrors.summary(words.void_problem()).with("reason", words.void_choose_reason()),
                            "void", null, reason))
                    .map(page -> Response.status(400).entity(page).build());
        }
        return billing.voidInvoice(id, new Billing.NewVoid(reason.trim()))
                .map(credit -> Response.seeOther(URI.create("/invoices/" + id + "?done=voided")).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403
                        && problem.status() != 404)
                .recoverWithUni(failure -> billing.invoice(id).flatMap(again -> form(again, null, null, "",
                                FormErrors.of((ApiProblem) failure), "void", null, reason))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    /** The invoice as billing renders it: the receipt once it is paid. */
    @GET
    @Path("/{id}/pdf")
    @Produces("application/pdf")
    public Uni<Response> pdf(@RestPath UUID id) {
        return receipt(billing, id);
    }

    /**
     * The invoice of a completed session: opened at once when billing has issued it, else a page that asks again
     * every two seconds (htmx) and opens it when it is there.
     */
    @GET
    @Path("/session/{sessionId}")
    public Uni<Response> ofSession(@RestPath UUID sessionId, @RestQuery UUID client,
                                   @HeaderParam("HX-Request") String htmx) {
        return billing.invoices(null, client, null, null, null, 200, null).map(page -> page.items().stream()
                .filter(i -> sessionId.equals(i.sessionId()) && "INVOICE".equals(i.kind())
                        && "SESSION".equals(i.reason()))
                .findFirst()).map(found -> {
                    if (found.isPresent()) {
                        String target = "/invoices/" + found.get().id();
                        return htmx != null ? Response.ok().header("HX-Redirect", target).build()
                                : Response.seeOther(URI.create(target)).build();
                    }
                    // htmx keeps asking on 204; a plain browser gets the page that asks
                    return htmx != null ? Response.noContent().build()
                            : Response.ok(Templates.issuing(sessionId, client)).build();
                });
    }

    private Uni<TemplateInstance> form(Billing.Invoice invoice, String method, String amount, String done,
                                       FormErrors errors, String failed, Refund refund, String voidReason) {
        return booking.locations().map(chain -> form(invoice, InvoiceView.zones(chain).apply(invoice.locationId()),
                method, amount, done, errors, failed, refund, voidReason));
    }

    private TemplateInstance form(Billing.Invoice invoice, ZoneId zone, String method, String amount,
                                  String done, FormErrors errors, String failed, Refund refund, String voidReason) {
        InvoiceView view = InvoiceView.of(invoice, viewer.locale(), zone);
        BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
        String remaining = invoice.owing()
                ? words.remains(Money.format(invoice.outstandingCents(), invoice.currency(), viewer.locale()))
                : words.paid_in_full();
        List<InvoiceView.PaymentView> refundable = view.refundable();
        Refund shown = refund != null ? new Refund(refund.paymentId(), refund.amount(), refund.reason(),
                UUID.randomUUID().toString())
                : new Refund(refundable.isEmpty() ? null : refundable.get(0).id(),
                refundable.isEmpty() ? "" : refundable.get(0).left(), null, UUID.randomUUID().toString());
        return Templates.invoice(new PaymentForm(view, method == null ? "CARD_TERMINAL" : method,
                amount == null ? view.amountToPay() : amount, UUID.randomUUID().toString(), done, remaining,
                Billing.DESK_METHODS, errors, failed, shown, voidReason, Billing.REFUND_REASONS,
                Billing.VOID_REASONS));
    }

    /** The PDF as a file the browser shows; its name holds the invoice's number, never the client's. */
    static Uni<Response> receipt(BillingApi billing, UUID id) {
        return billing.invoice(id).flatMap(invoice -> billing.pdf(id).map(bytes -> Response.ok(bytes, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\""
                        + (invoice.number() == null ? "invoice" : invoice.number().replaceAll("[^A-Za-z0-9-]", ""))
                        + ".pdf\"")
                .build()));
    }

    /** What is outstanding on these invoices, one amount per currency (never added across currencies). */
    private static List<String> owed(List<Billing.Invoice> invoices, Money.Writer money) {
        Map<String, Long> byCurrency = new LinkedHashMap<>();
        for (Billing.Invoice invoice : invoices) {
            if (invoice.owing()) {
                byCurrency.merge(invoice.currency(), invoice.outstandingCents().longValue(), Long::sum);
            }
        }
        return byCurrency.entrySet().stream().map(e -> money.format(e.getValue(), e.getKey())).toList();
    }

    private static String param(String name, String value) {
        return value == null ? "" : "&" + name + "=" + java.net.URLEncoder.encode(value,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
