package io.remedy.platform.testapp;

import io.quarkus.security.Authenticated;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The test application's HTTP API, thin as a service's resource should be. */
@Path("/test/appointments")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private final Caller caller;
    private final AppointmentService appointments;
    private final Idempotency idempotency;

    public AppointmentResource(Caller caller, AppointmentService appointments, Idempotency idempotency) {
        this.caller = caller;
        this.appointments = appointments;
        this.idempotency = idempotency;
    }

    @POST
    public Uni<Response> book(@HeaderParam(Idempotency.HEADER) String key, @Valid AppointmentRequest request) {
        caller.requireLocation(request.location());
        return idempotency.execute(caller, key, request, () -> appointments.book(caller, request)
                .map(a -> Created.at(URI.create("/test/appointments/" + a.id), AppointmentView.of(a))));
    }

    @GET
    @Path("/{id}")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return appointments.find(caller, id).map(a -> Response.ok(AppointmentView.of(a))
                .tag(IfMatch.etag(a.version).replace("\"", "")).build());
    }

    @PUT
    @Path("/{id}/note")
    public Uni<AppointmentView> annotate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         Map<String, String> body) {
        return appointments.annotate(caller, id, ifMatch, body.get("note")).map(AppointmentView::of);
    }

    @POST
    @Path("/{id}/burst")
    public Uni<Void> burst(@PathParam("id") UUID id, @QueryParam("count") @Max(50) int count) {
        return appointments.burst(caller, id, count, 1);
    }

    @POST
    @Path("/{id}/erasure")
    public Uni<Void> erase(@PathParam("id") UUID id) {
        return appointments.erase(caller, id);
    }

    @GET
    @Path("/whoami")
    public Map<String, Object> whoami() {
        return Map.of("userId", caller.userId(), "tenant", caller.tenant(), "locations", caller.locations(),
                "roles", caller.roles());
    }

    @GET
    @Path("/managers-only")
    @RolesAllowed("branch-manager")
    public String managersOnly() {
        return "ok";
    }

    @POST
    @Path("/taken")
    public Uni<Void> taken() {
        return Uni.createFrom().failure(ProblemException.conflict("Therapist t-1 is booked 10:00-11:00",
                new FieldError("therapistId", "taken 10:00-11:00")));
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internals must not leak");
    }
}
