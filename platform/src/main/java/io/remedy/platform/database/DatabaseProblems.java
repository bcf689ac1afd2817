package io.remedy.platform.database;

import io.remedy.platform.problem.KnownFailures;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemMappers;
import io.remedy.platform.problem.ProblemResponses;
import io.remedy.platform.problem.ProblemType;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What the database refuses that is the client's problem, not a fault: a stale {@code @Version} (412), a unique
 * violation (409 naming the field: {@link UniqueViolations}) and an exclusion constraint the service did not name
 * itself (409). The rest of the problem mappers are remedy-platform-web's {@link ProblemMappers}.
 */
@ApplicationScoped
public class DatabaseProblems implements KnownFailures {

    /** SQLSTATE of an exclusion violation. */
    static final String EXCLUSION_VIOLATION = "23P01";

    private final ProblemResponses responses;

    public DatabaseProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100,
            value = {OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(Exception e, UriInfo uri) {
        return responses.of(ProblemException.staleVersion("The resource was changed meanwhile; read it again and retry")
                .problem().withInstance(ProblemMappers.path(uri)));
    }

    @Override
    public ProblemException problemFor(Throwable failure) {
        ProblemException duplicate = UniqueViolations.of(failure);
        if (duplicate != null) {
            return duplicate;
        }
        PgException pg = ProblemMappers.causeOf(failure, PgException.class);
        if (pg != null && EXCLUSION_VIOLATION.equals(pg.getSqlState())) {
            // an exclusion constraint: the database refused a clash the service did not name itself
            return new ProblemException(Problem.of(ProblemType.CONFLICT, "This conflicts with existing data"));
        }
        return null;
    }
}
