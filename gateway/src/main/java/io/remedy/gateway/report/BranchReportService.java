package io.remedy.gateway.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.remedy.gateway.config.GatewayConfig;
import io.remedy.gateway.routing.Upstream;
import io.remedy.gateway.routing.UpstreamClient;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Composes the cross-branch report: the four services' report endpoints called in parallel with the caller's own
 * token (each service applies its own tenancy and location rules), then joined. A service that fails, is too slow or
 * whose circuit is open is reported missing; one that refuses the caller makes the whole report refused.
 */
@ApplicationScoped
public class BranchReportService {

    /** Who asks: the roles that matter here and the location codes of the token ({@code *} = all). */
    public record Asker(boolean chainAdmin, boolean branchManager, Set<String> locationCodes) {
    }

    private sealed interface Answer permits Rows, Missing, Refused, Unknown {
    }

    /** The service knows no such location in the caller's chain (another chain's location looks exactly so). */
    private record Unknown() implements Answer {
    }

    private record Rows(List<JsonNode> rows) implements Answer {
    }

    private record Missing(String reason) implements Answer {
    }

    private record Refused(int status) implements Answer {
    }

    static final String BOOKING_PATH = "/api/v1/reports/booking";
    static final String RECORDS_PATH = "/api/v1/records/reports";
    static final String NOTIFICATION_PATH = "/api/v1/notifications/reports";
    static final String BILLING_PATH = "/api/v1/billing/reports";

    private final UpstreamClient upstreams;
    private final ObjectMapper json;
    private final Duration timeout;

    public BranchReportService(UpstreamClient upstreams, ObjectMapper json, GatewayConfig config) {
        this.upstreams = upstreams;
        this.json = json;
        this.timeout = config.reports().timeout();
    }

    public Uni<BranchReportView> report(ReportQuery query, Asker asker, MultiMap forwarded) {
        Optional<Set<String>> visible;
        if (asker.chainAdmin() || (asker.branchManager() && asker.locationCodes().contains("*"))) {
            visible = Optional.empty();
        } else if (asker.branchManager()) {
            visible = Optional.of(Set.copyOf(asker.locationCodes()));
        } else {
            return Uni.createFrom().failure(ProblemException.forbidden(
                    "Reports across branches are for chain admins and branch managers"));
        }
        return Uni.combine().all().unis(
                        fetch(Upstream.BOOKING, BOOKING_PATH, query, forwarded),
                        fetch(Upstream.RECORDS, RECORDS_PATH, query, forwarded),
                        fetch(Upstream.NOTIFICATION, NOTIFICATION_PATH, query, forwarded),
                        fetch(Upstream.BILLING, BILLING_PATH, query, forwarded))
                .asTuple()
                .map(answers -> {
                    List<Answer> all = List.of(answers.getItem1(), answers.getItem2(), answers.getItem3(),
                            answers.getItem4());
                    for (Answer answer : all) {
                        if (answer instanceof Refused refused) {
                            throw refusal(refused.status());
                        }
                    }
                    // booking owns the locations: a location it does not know in the caller's chain is not found,
                    // not a service that is down
                    if (answers.getItem1() instanceof Unknown) {
                        throw new ProblemException(Problem.of(ProblemType.NOT_FOUND,
                                "No location " + query.locationId().orElseThrow() + " in your chain"));
                    }
                    // the others know a location once something happened there: not knowing it is no figures yet
                    return BranchReportAssembler.assemble(query, rows(answers.getItem1()), rows(answers.getItem2()),
                            rows(answers.getItem3()), rows(answers.getItem4()), visible);
                });
    }

    private static ProblemException refusal(int status) {
        if (status == 401) {
            return new ProblemException(Problem.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required"));
        }
        return ProblemException.forbidden("You may not see the figures of this location");
    }

    private static List<JsonNode> rows(Answer answer) {
        if (answer instanceof Unknown) {
            return List.of();
        }
        return answer instanceof Rows rows ? rows.rows() : null;
    }

    private Uni<Answer> fetch(Upstream upstream, String path, ReportQuery query, MultiMap forwarded) {
        return upstreams.getGuarded(upstream, path + query.upstreamQuery(), forwarded, timeout)
                .map(reply -> {
                    if (reply.status() == 401 || reply.status() == 403) {
                        return (Answer) new Refused(reply.status());
                    }
                    if (reply.status() == 404 && query.locationId().isPresent()) {
                        return new Unknown();
                    }
                    if (!reply.ok()) {
                        return new Missing("answered " + reply.status());
                    }
                    return parse(reply.body().getBytes());
                })
                .onFailure().recoverWithItem(failure -> new Missing(failure.getMessage()))
                .invoke(answer -> {
                    if (answer instanceof Missing missing) {
                        Log.warnf("Branch report without %s: %s", upstream.serviceName(), missing.reason());
                    }
                });
    }

    private Answer parse(byte[] body) {
        try {
            JsonNode locations = json.readTree(body).path("locations");
            if (!locations.isArray()) {
                return new Missing("answer without locations");
            }
            List<JsonNode> rows = new ArrayList<>();
            locations.forEach(row -> {
                if (row.isObject()) {
                    rows.add(row);
                }
            });
            return new Rows(rows);
        } catch (IOException e) {
            return new Missing("answer is not JSON");
        }
    }
}
