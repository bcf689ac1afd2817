package io.remedy.platform.testapp;

import io.quarkus.security.Authenticated;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Created;
import io.remedy.platform.idempotency.Idempotency;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Bookings that lose {@code losses} times to a deadlock first, by each transaction path a service has. */
@Path("/test/contention")
@Authenticated
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContentionResource {

    private final Caller caller;
    private final ContentionService contention;
    private final Idempotency idempotency;

    public ContentionResource(Caller caller, ContentionService contention, Idempotency idempotency) {
        this.caller = caller;
        this.contention = contention;
        this.idempotency = idempotency;
    }

    @POST
    @Path("/annotated")
    public Uni<AppointmentView> annotated(@QueryParam("run") String run, @QueryParam("losses") int losses,
                                          @Valid AppointmentRequest request) {
        return contention.annotated(caller, request, run, losses).map(AppointmentView::of);
    }

    @POST
    @Path("/programmatic")
    public Uni<AppointmentView> programmatic(@QueryParam("run") String run, @QueryParam("losses") int losses,
                                             @Valid AppointmentRequest request) {
        return contention.programmatic(caller, request, run, losses).map(AppointmentView::of);
    }

    @POST
    @Path("/unretried")
    public Uni<AppointmentView> unretried(@QueryParam("run") String run, @QueryParam("losses") int losses,
                                          @Valid AppointmentRequest request) {
        return contention.unretried(caller, request, run, losses).map(AppointmentView::of);
    }

    @POST
    @Path("/idempotent")
    public Uni<Response> idempotent(@HeaderParam(Idempotency.HEADER) String key, @QueryParam("run") String run,
                                    @QueryParam("losses") int losses, @Valid AppointmentRequest request) {
        return idempotency.execute(caller, key, request, () -> contention.annotated(caller, request, run, losses)
                .map(a -> Created.at(URI.create("/test/appointments/" + a.id), AppointmentView.of(a))));
    }

    @GET
    @Path("/runs/{run}")
    public int runs(@PathParam("run") String run) {
        return contention.runs(run);
    }
}
