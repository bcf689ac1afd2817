package io.remedy.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a Remedy API answers, as {@code application/problem+json}: our {@link ProblemException}s, Bean
 * Validation failures, unreadable JSON, Quarkus REST's own 4xx (unknown path, 405, 415, 406, 413), security
 * (401 with the {@code WWW-Authenticate} challenge, 403), what a {@link KnownFailures} bean recognises (remedy-platform:
 * the database's stale versions and violations) and, last, real faults (a generic 500). Priorities are above the
 * built-in mappers of Quarkus REST, Jackson and Hibernate Validator so ours win.
 */
public class ProblemMappers {

    private static final int PRIORITY = Priorities.USER - 100;

    private final ProblemResponses responses;
    private final CurrentVertxRequest currentRequest;
    private final Instance<KnownFailures> knownFailures;

    public ProblemMappers(ProblemResponses responses, CurrentVertxRequest currentRequest,
                          Instance<KnownFailures> knownFailures) {
        this.responses = responses;
        this.currentRequest = currentRequest;
        this.knownFailures = knownFailures;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        return responses.of(withInstance(e.problem(), uri), e.headers());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        if (ValidationProblems.concernsReturnValue(e.getConstraintViolations())) {
            return responses.of(responses.fault(e, path(uri)));
        }
        return responses.of(ValidationProblems.of(e.getConstraintViolations()).withInstance(path(uri)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, UriInfo uri) {
        // a misconfigured constraint, not bad input
        return responses.of(responses.fault(e, path(uri)));
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {JsonProcessingException.class, StreamReadException.class,
            DatabindException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return responses.of(JsonProblems.of(e).withInstance(path(uri)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unparsableTime(DateTimeParseException e, UriInfo uri) {
        return responses.of(Problem.of(ProblemType.BAD_REQUEST,
                "'" + e.getParsedString() + "' is not an ISO-8601 date/time").withInstance(path(uri)));
    }

    @ServerExceptionMapper(priority = PRIORITY, value = {UnauthorizedException.class,
            AuthenticationFailedException.class})
    public Uni<Response> unauthenticated(RuntimeException e, UriInfo uri) {
        return challenge(currentRequest.getCurrent()).map(challenge -> {
            Map<String, String> headers = new HashMap<>();
            if (challenge != null && !challenge.getHeaders().isEmpty()) {
                challenge.getHeaders().forEach((name, value) -> headers.put(name.toString(), value));
            } else {
                headers.put(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            }
            return responses.of(Problem.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required")
                    .withInstance(path(uri)), headers);
        });
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return responses.of(Problem.of(ProblemType.FORBIDDEN, "You may not do this").withInstance(path(uri)));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return responses.of(responses.fault(e, path(uri)));
        }
        JsonProcessingException json = causeOf(e, JsonProcessingException.class);
        if (json != null) {
            return unreadableJson(json, uri);
        }
        DateTimeParseException time = causeOf(e, DateTimeParseException.class);
        if (time != null) {
            return unparsableTime(time, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Map<String, String> headers = new HashMap<>();
        for (String name : new String[] {HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER}) {
            String value = original.getHeaderString(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        if (status == 401 && !headers.containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            headers.put(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Problem problem = new Problem(type.uri(), type.title(), status, detail(status, uri), path(uri), null, null);
        return responses.of(problem, headers);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response fault(Throwable e, UriInfo uri) {
        for (KnownFailures known : knownFailures) {
            ProblemException answer = known.problemFor(e);
            if (answer != null) {
                return problem(answer, uri);
            }
        }
        ProblemException problem = causeOf(e, ProblemException.class);
        if (problem != null) {
            return problem(problem, uri);
        }
        return responses.of(responses.fault(e, path(uri)));
    }

    private static String detail(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri);
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is too large";
            case 415 -> "This media type is not supported here; send application/json";
            default -> "The request cannot be served";
        };
    }

    private static Uni<ChallengeData> challenge(RoutingContext context) {
        if (context == null) {
            return Uni.createFrom().nullItem();
        }
        HttpAuthenticator authenticator = context.get(HttpAuthenticator.class.getName());
        return authenticator == null ? Uni.createFrom().nullItem()
                : authenticator.getChallenge(context).onFailure().recoverWithNull();
    }

    private static Problem withInstance(Problem problem, UriInfo uri) {
        return problem.instance() != null ? problem : problem.withInstance(path(uri));
    }

    /** The request path, as a problem's {@code instance}. */
    public static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** The first failure of this type in the chain of causes of {@code e} ({@code e} included), or null. */
    public static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
