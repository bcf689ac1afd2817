package io.remedy.console.billing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.api.Problem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.MyLocations;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

/**
 * A client's packages at the front desk: the series their therapists' treatment plans prescribe, each with the
 * chain's package that sells it and a "Sell as package" action (at a location of the desk's), and the packages the
 * client holds. A sale opens its invoice to take the payment. Billing decides what sells and to whom.
 */
@Path("/packages/clients")
@Produces(MediaType.TEXT_HTML)
public class ClientPackagesPage {

    /** The page: the client, their plans' series, what they hold, where the desk may sell. */
    public record View(UUID clientId, String clientName, List<Booking.Location> locations, UUID location,
                       Part<List<SeriesLine>> series, Part<List<HeldLine>> held, UUID failedPlan, FormErrors errors) {
    }

    /** A plan's series as the desk reads it. */
    public record SeriesLine(UUID planId, int version, String status, String service, int sessions, String location,
                             String packageName, boolean sellable, UUID soldAs, String why, String key) {
    }

    /** A package the client holds. */
    public record HeldLine(UUID id, String name, String left, String price, UUID invoiceId, String invoiceNumber,
                           String invoiceStatus, String expires, boolean usable, boolean fromPlan) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance client(View view);
    }

    private final BillingApi billing;
    private final BookingApi booking;
    private final Viewer viewer;

    public ClientPackagesPage(@RestClient BillingApi billing, @RestClient BookingApi booking, Viewer viewer) {
        this.billing = billing;
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    @Path("/{clientId}")
    public Uni<TemplateInstance> client(@RestPath UUID clientId) {
        requireFrontDesk();
        return view(clientId, null, null, FormErrors.NONE).map(Templates::client);
    }

    /** Sells a plan's series as a package at a location; the invoice of the sale opens to take the payment. */
    @POST
    @Path("/{clientId}/sell")
    public Uni<Response> sell(@RestPath UUID clientId, @RestForm String planId, @RestForm String locationId,
                              @RestForm String key) {
        requireFrontDesk();
        UUID plan = uuid(planId);
        UUID location = uuid(locationId);
        String idempotency = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
        return billing.sell(idempotency, new Billing.NewClientPackage(null, clientId, location, plan))
                .map(sold -> Response.seeOther(URI.create("/invoices/" + sold.invoiceId() + "?done=sold")).build())
                .onFailure(failure -> failure instanceof ApiProblem problem && problem.status() != 403)
                .recoverWithUni(failure -> view(clientId, plan, location, FormErrors.of((ApiProblem) failure))
                        .map(page -> Response.status(((ApiProblem) failure).status())
                                .entity(Templates.client(page)).build()));
    }

    private Uni<View> view(UUID clientId, UUID failedPlan, UUID chosen, FormErrors errors) {
        BillingMessages words = Texts.in(viewer.language(), BillingMessages.class);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(viewer.locale());
        return Uni.combine().all().unis(Catalogue.load(booking), booking.client(clientId),
                        Part.of(billing.planSeries(clientId, 50)), Part.of(billing.clientPackages(clientId, 50)))
                .with((catalogue, client, series, held) -> {
                    List<Booking.Location> mine = MyLocations.of(viewer, catalogue.locations());
                    Part<List<SeriesLine>> plans = series.map(page -> page.items().stream().map(s ->
                            new SeriesLine(s.planId(), s.planVersion() == null ? 0 : s.planVersion(), s.status(),
                                    s.serviceId() == null ? "—" : catalogue.serviceName(s.serviceId()),
                                    s.sessionCount() == null ? 0 : s.sessionCount(),
                                    catalogue.locationName(s.locationId()), s.packageName(), s.sellable(),
                                    s.clientPackageId(), why(words, s), UUID.randomUUID().toString())).toList());
                    Part<List<HeldLine>> packages = held.map(page -> page.items().stream().map(p -> {
                        ZoneId zone = catalogue.location(p.locationId()).map(l -> ZoneId.of(l.timeZone()))
                                .orElse(ZoneId.of("UTC"));
                        return new HeldLine(p.id(), p.name(), words.sessions_left(p.sessionsLeft(), p.sessionsTotal()),
                                Money.format(p.priceCents(), p.currency(), viewer.locale()), p.invoiceId(),
                                p.invoiceNumber(), p.invoiceStatus(), p.expiresAt().atZone(zone).format(day),
                                p.usable(), p.planId() != null);
                    }).toList());
                    UUID location = chosen != null ? chosen : client.preferredLocationId() != null
                            && mine.stream().anyMatch(l -> l.id().equals(client.preferredLocationId()))
                            ? client.preferredLocationId() : mine.isEmpty() ? null : mine.get(0).id();
                    return new View(clientId, client.name(), mine, location, plans, packages, failedPlan, errors);
                });
    }

    /** Why a series cannot be sold now, in the desk's words; null when it can. */
    private static String why(BillingMessages words, Billing.PlanSeries s) {
        if (s.sellable()) {
            return null;
        }
        if (s.clientPackageId() != null) {
            return words.series_sold();
        }
        if (!"ACTIVE".equals(s.status())) {
            return words.series_plan_closed();
        }
        if (s.serviceId() == null || s.sessionCount() == null || s.sessionCount() < 1) {
            return words.series_nothing_to_sell();
        }
        return words.series_no_package(s.sessionCount());
    }

    private void requireFrontDesk() {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
