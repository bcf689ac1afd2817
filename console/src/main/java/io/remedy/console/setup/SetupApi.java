package io.remedy.console.setup;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.remedy.console.api.GatewayProblems;
import io.remedy.console.api.Pages;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/**
 * The gateway's chain set-up: locations with their rooms, opening hours and closures, therapists with their rosters
 * and leave, and the service catalogue, called with the signed-in user's token. Updates send the version last read
 * as If-Match.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(GatewayProblems.class)
@AccessToken
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SetupApi {

    /** A page of the chain's locations, by code. */
    @GET
    @Path("/locations")
    Uni<Setup.LocationPage> locationPage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every location of the chain, by code (every page). */
    default Uni<List<Setup.Location>> locations() {
        return Pages.all(cursor -> locationPage(Pages.REFERENCE_LIMIT, cursor));
    }

    @GET
    @Path("/locations/{id}")
    Uni<Setup.Location> location(@PathParam("id") UUID id);

    @POST
    @Path("/locations")
    Uni<Setup.Location> openLocation(@HeaderParam("Idempotency-Key") String key, Setup.NewLocation location);

    @PUT
    @Path("/locations/{id}")
    Uni<Setup.Location> changeLocation(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                       Setup.LocationUpdate location);

    /** A page of a location's rooms, by name. */
    @GET
    @Path("/locations/{id}/rooms")
    Uni<Setup.RoomPage> roomPage(@PathParam("id") UUID id, @QueryParam("limit") int limit,
                                 @QueryParam("cursor") String cursor);

    /** Every room of a location, by name (every page). */
    default Uni<List<Setup.Room>> rooms(UUID id) {
        return Pages.all(cursor -> roomPage(id, Pages.REFERENCE_LIMIT, cursor));
    }

    @POST
    @Path("/locations/{id}/rooms")
    Uni<Setup.Room> addRoom(@HeaderParam("Idempotency-Key") String key, @PathParam("id") UUID id, Setup.NewRoom room);

    @GET
    @Path("/locations/{id}/opening-hours")
    Uni<Setup.OpeningHours> openingHours(@PathParam("id") UUID id);

    @PUT
    @Path("/locations/{id}/opening-hours")
    Uni<Setup.OpeningHours> setOpeningHours(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                            Setup.OpeningHoursUpdate hours);

    @GET
    @Path("/locations/{id}/closures")
    Uni<Setup.ClosurePage> closures(@PathParam("id") UUID id, @QueryParam("from") String from,
                                    @QueryParam("limit") int limit);

    @POST
    @Path("/locations/{id}/closures")
    Uni<Setup.Closure> addClosure(@HeaderParam("Idempotency-Key") String key, @PathParam("id") UUID id,
                                  Setup.NewClosure closure);

    @DELETE
    @Path("/locations/{id}/closures/{closureId}")
    Uni<Void> removeClosure(@PathParam("id") UUID id, @PathParam("closureId") UUID closureId);

    /** A page of the chain's therapists, by display name. */
    @GET
    @Path("/therapists")
    Uni<Setup.TherapistPage> therapistPage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every therapist of the chain, by display name (every page). */
    default Uni<List<Setup.Therapist>> therapists() {
        return Pages.all(cursor -> therapistPage(Pages.REFERENCE_LIMIT, cursor));
    }

    @GET
    @Path("/therapists/{id}")
    Uni<Setup.Therapist> therapist(@PathParam("id") UUID id);

    @POST
    @Path("/therapists")
    Uni<Setup.Therapist> addTherapist(@HeaderParam("Idempotency-Key") String key, Setup.NewTherapist therapist);

    @PUT
    @Path("/therapists/{id}")
    Uni<Setup.Therapist> changeTherapist(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         Setup.TherapistUpdate therapist);

    @GET
    @Path("/therapists/{id}/roster")
    Uni<Setup.Roster> roster(@PathParam("id") UUID id);

    @PUT
    @Path("/therapists/{id}/roster")
    Uni<Setup.Roster> setRoster(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                Setup.RosterUpdate roster);

    @GET
    @Path("/therapists/{id}/roster/exceptions")
    Uni<Setup.LeavePage> leave(@PathParam("id") UUID id, @QueryParam("from") String from,
                               @QueryParam("limit") int limit);

    @POST
    @Path("/therapists/{id}/roster/exceptions")
    Uni<Setup.Leave> addLeave(@HeaderParam("Idempotency-Key") String key, @PathParam("id") UUID id,
                              Setup.NewLeave leave);

    @DELETE
    @Path("/therapists/{id}/roster/exceptions/{exceptionId}")
    Uni<Void> removeLeave(@PathParam("id") UUID id, @PathParam("exceptionId") UUID exceptionId);

    /** A page of the chain's services, by name. */
    @GET
    @Path("/services")
    Uni<Setup.ServicePage> servicePage(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    /** Every service of the chain, by name (every page). */
    default Uni<List<Setup.Service>> services() {
        return Pages.all(cursor -> servicePage(Pages.REFERENCE_LIMIT, cursor));
    }

    @GET
    @Path("/services/{id}")
    Uni<Setup.Service> service(@PathParam("id") UUID id);

    @POST
    @Path("/services")
    Uni<Setup.Service> addService(@HeaderParam("Idempotency-Key") String key, Setup.ServiceFields service);

    @PUT
    @Path("/services/{id}")
    Uni<Setup.Service> changeService(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                     Setup.ServiceFields service);

    /** The If-Match value of a version read earlier. */
    static String version(long version) {
        return "\"" + version + "\"";
    }
}
