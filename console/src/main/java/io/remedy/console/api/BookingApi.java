package io.remedy.console.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The gateway's booking area ({@code /api/v1/...}), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BookingApi {

    /** A page of the chain's locations, by code. */
    @GET
    @Path("/locations")
    Uni<Booking.LocationPage> locationPage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every location of the chain, by code (every page). */
    default Uni<List<Booking.Location>> locations() {
        return Pages.all(cursor -> locationPage(Pages.REFERENCE_LIMIT, cursor));
    }

    /** A page of a location's rooms, by name. */
    @GET
    @Path("/locations/{id}/rooms")
    Uni<Booking.RoomPage> roomPage(@PathParam("id") UUID locationId, @QueryParam("limit") int limit,
                                   @QueryParam("cursor") String cursor);

    /** Every room of a location, by name (every page). */
    default Uni<List<Booking.Room>> rooms(UUID locationId) {
        return Pages.all(cursor -> roomPage(locationId, Pages.REFERENCE_LIMIT, cursor));
    }

    @GET
    @Path("/locations/{id}/closures")
    Uni<Booking.ClosurePage> closures(@PathParam("id") UUID locationId, @QueryParam("from") LocalDate from,
                                      @QueryParam("to") LocalDate to);

    @GET
    @Path("/locations/{locationId}/rooms/{roomId}/hires")
    Uni<Booking.HirePage> hires(@PathParam("locationId") UUID locationId, @PathParam("roomId") UUID roomId,
                                @QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to);

    /** The hires of every room of the location overlapping [from, to), in one call. */
    @GET
    @Path("/locations/{locationId}/hires")
    Uni<Booking.HirePage> locationHires(@PathParam("locationId") UUID locationId, @QueryParam("from") OffsetDateTime from,
                                        @QueryParam("to") OffsetDateTime to, @QueryParam("limit") Integer limit);

    /** A page of the chain's therapists, by display name. */
    @GET
    @Path("/therapists")
    Uni<Booking.TherapistPage> therapistPage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every therapist of the chain, by display name (every page). */
    default Uni<List<Booking.Therapist>> therapists() {
        return Pages.all(cursor -> therapistPage(Pages.REFERENCE_LIMIT, cursor));
    }

    /** A page of the chain's services, by name. */
    @GET
    @Path("/services")
    Uni<Booking.ServicePage> servicePage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every service of the chain, by name (every page). */
    default Uni<List<Booking.Service>> services() {
        return Pages.all(cursor -> servicePage(Pages.REFERENCE_LIMIT, cursor));
    }

    @GET
    @Path("/clients")
    Uni<Booking.ClientPage> findClients(@QueryParam("q") String words, @QueryParam("limit") Integer limit);

    /** The clients of these ids, in one call (names beside the ids of a list of sessions). */
    @GET
    @Path("/clients")
    Uni<Booking.ClientPage> clientsById(@QueryParam("id") List<String> ids, @QueryParam("limit") int limit);

    @GET
    @Path("/clients/me")
    Uni<Booking.Client> me();

    @GET
    @Path("/clients/{id}")
    Uni<Booking.Client> client(@PathParam("id") UUID id);

    @POST
    @Path("/clients")
    Uni<Booking.Client> registerClient(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                       Booking.NewClient client);

    @GET
    @Path("/availability")
    Uni<Booking.SlotPage> availability(@QueryParam("serviceId") UUID serviceId, @QueryParam("from") LocalDate from,
                                       @QueryParam("to") LocalDate to, @QueryParam("locationId") UUID locationId,
                                       @QueryParam("therapistId") UUID therapistId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/sessions")
    Uni<Booking.SessionPage> sessions(@QueryParam("from") OffsetDateTime from, @QueryParam("to") OffsetDateTime to,
                                      @QueryParam("locationId") UUID locationId,
                                      @QueryParam("therapistId") UUID therapistId,
                                      @QueryParam("clientId") UUID clientId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/sessions/{id}")
    Uni<Booking.Session> session(@PathParam("id") UUID id);

    @POST
    @Path("/sessions")
    Uni<Booking.Session> book(@HeaderParam("Idempotency-Key") String idempotencyKey, Booking.NewSession session);

    @POST
    @Path("/sessions/{id}/reschedule")
    Uni<Booking.Session> reschedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                    Booking.Reschedule move);

    @POST
    @Path("/sessions/{id}/cancel")
    Uni<Booking.Session> cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                Booking.Cancellation cancellation);

    @POST
    @Path("/sessions/{id}/check-in")
    Uni<Booking.Session> checkIn(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/sessions/{id}/no-show")
    Uni<Booking.Session> noShow(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);
}
