package io.remedy.platform.transaction;

import io.remedy.platform.problem.ProblemResponses;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A deadlock or serialization failure (Hibernate's {@link LockAcquisitionException} for 40P01/40001) that reached the
 * HTTP layer without being run again (a transaction opened outside {@link Transactions}) is a 503 with
 * {@code Retry-After} as well, never a 500: nothing was written and a retry will most likely succeed.
 */
public class ContentionProblems {

    private final ProblemResponses responses;
    private final TransactionRetryConfig config;

    public ContentionProblems(ProblemResponses responses, TransactionRetryConfig config) {
        this.responses = responses;
        this.config = config;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response contention(LockAcquisitionException e, UriInfo uri) {
        var unavailable = Transactions.exhausted(config);
        String path = uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
        return responses.of(unavailable.problem().withInstance(path), unavailable.headers());
    }
}
