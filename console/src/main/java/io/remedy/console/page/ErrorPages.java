package io.remedy.console.page;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.ServiceUnavailable;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * What a person sees when a page cannot be shown: the API refused (403: the refusal page), the thing is not there
 * (404), a service is down (503), or the console failed (500, with a reference to find it in the log). Never a stack
 * trace, never a raw problem body.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance refused();

        static native TemplateInstance notFound();

        static native TemplateInstance unavailable();

        static native TemplateInstance failed(String reference);
    }

    @ServerExceptionMapper
    public Response problem(ApiProblem problem) {
        return switch (problem.status()) {
            case 401, 403 -> page(Response.Status.FORBIDDEN, Templates.refused());
            case 404 -> page(Response.Status.NOT_FOUND, Templates.notFound());
            default -> failed(problem);
        };
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable failure) {
        return page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable());
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException failure) {
        Log.warnf("the gateway did not answer: %s", failure.getMessage());
        return page(Response.Status.SERVICE_UNAVAILABLE, Templates.unavailable());
    }

    private static Response failed(Throwable failure) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Log.errorf(failure, "page failed, reference %s", reference);
        return page(Response.Status.INTERNAL_SERVER_ERROR, Templates.failed(reference));
    }

    private static Response page(Response.Status status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }
}
