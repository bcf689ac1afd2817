package io.remedy.gateway.edge;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Problems for the gateway's own REST endpoints (the cross-branch report). */
public class ProblemMappers {

    private final Problems problems;

    public ProblemMappers(Problems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = e.problem().instance() == null ? e.problem().withInstance(uri.getPath()) : e.problem();
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problems.write(problem));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return fault(e, uri);
        }
        Problem problem = Problem.of(Problem.Kind.forStatus(status), e.getMessage()).withInstance(uri.getPath());
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(problems.write(problem));
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow != null) {
            response.header("Allow", allow);
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response fault(Exception e, UriInfo uri) {
        Problem problem = problems.fault(e, uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problems.write(problem)).build();
    }
}
