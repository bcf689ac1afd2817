package io.remedy.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.remedy.platform.transaction.Transactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * {@code Idempotency-Key} for creating POSTs: a retry with the same key returns the first result (same status,
 * body and {@code Location}); the same key with another body is a 422 problem. Keys are scoped by tenant and
 * caller. The key is reserved with {@code INSERT … ON CONFLICT DO NOTHING} and completed with the result in the SAME
 * transaction as the creation, so a concurrent duplicate waits on the unique key and then replays the committed
 * result, and a failed creation leaves no key behind (a retry runs again). Only successes are stored.
 *
 * <pre>{@code
 * @POST
 * public Uni<Response> book(@HeaderParam(Idempotency.HEADER) String key, @Valid BookSession request) {
 *     return idempotency.execute(caller, key, request, () -> sessions.book(caller, request)
 *             .map(s -> Created.at(URI.create("/api/v1/sessions/" + s.id()), SessionView.of(s))));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Idempotency {

    /** The request header carrying the key. */
    public static final String HEADER = "Idempotency-Key";
    /** Response header set on a replayed result. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    /** Reserves the key; an expired key counts as unused (taken over, its old response dropped). */
    static final String RESERVE = "INSERT INTO remedy_platform.idempotency_key AS k (tenant, principal, idem_key,"
            + " request_hash, created_at) VALUES (:tenant, :principal, :key, :hash, :now)"
            + " ON CONFLICT (tenant, principal, idem_key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
            + " status = NULL, location = NULL, body = NULL, subject = NULL, erased_at = NULL,"
            + " created_at = EXCLUDED.created_at WHERE k.created_at < :expired";
    static final String COMPLETE = "UPDATE remedy_platform.idempotency_key SET status = :status, location = :location,"
            + " body = :body, subject = :subject WHERE tenant = :tenant AND principal = :principal AND idem_key = :key";
    static final String FIND = "SELECT request_hash, status, location, body, erased_at FROM remedy_platform.idempotency_key"
            + " WHERE tenant = :tenant AND principal = :principal AND idem_key = :key";
    /** Keeps the key (a retry must not create the erased resource again) but nothing that was said about it. */
    static final String FORGET = "UPDATE remedy_platform.idempotency_key SET request_hash = '-', status = NULL,"
            + " location = NULL, body = NULL, erased_at = :now WHERE tenant = :tenant AND subject = :subject";
    static final String PURGE = "DELETE FROM remedy_platform.idempotency_key WHERE ctid IN (SELECT ctid FROM"
            + " remedy_platform.idempotency_key WHERE created_at < :expired LIMIT :batch FOR UPDATE SKIP LOCKED)";

    private final ObjectMapper json;
    private final Transactions transactions;
    private final IdempotencyConfig config;

    public Idempotency(ObjectMapper json, Transactions transactions, IdempotencyConfig config) {
        this.json = json;
        this.transactions = transactions;
        this.config = config;
    }

    /**
     * Runs {@code creation} in a transaction unless this key was used before. Without a key it simply runs it.
     * The creation joins this transaction ({@code @WithTransaction} methods do), so its writes, its outbox event
     * and the stored result commit together; a transaction lost to a deadlock runs again whole (see
     * {@link Transactions}).
     */
    public Uni<Response> execute(Caller caller, String key, Object request, Supplier<Uni<Created>> creation) {
        return execute(caller, key, RequestHash.of(json, request), creation);
    }

    /** As {@link #execute(Caller, String, Object, Supplier)}, with a request hash computed by the caller. */
    public Uni<Response> execute(Caller caller, String key, String requestHash, Supplier<Uni<Created>> creation) {
        if (key == null) {
            return transactions.withTransaction(() -> creation.get().map(this::first));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(ProblemException.validation(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String tenant = caller.tenant();
        String principal = caller.userId();
        return transactions.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(RESERVE)
                .setParameter("tenant", tenant)
                .setParameter("principal", principal)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .setParameter("now", Instant.now())
                .setParameter("expired", Instant.now().minus(config.retention()))
                .executeUpdate()
                .chain(reserved -> reserved == 1
                        ? creation.get().chain(created -> complete(session, tenant, principal, key, created))
                        : replay(session, tenant, principal, key, requestHash))));
    }

    private Uni<Response> complete(Mutiny.Session session, String tenant, String principal, String key,
                                   Created created) {
        Response response = first(created);
        return session.createNativeQuery(COMPLETE)
                .setParameter("status", created.status())
                .setParameter("location", created.location() == null ? null : created.location().toString())
                .setParameter("body", response.getEntity())
                .setParameter("subject", created.subject())
                .setParameter("tenant", tenant)
                .setParameter("principal", principal)
                .setParameter("key", key)
                .executeUpdate()
                .replaceWith(response);
    }

    private Uni<Response> replay(Mutiny.Session session, String tenant, String principal, String key,
                                 String requestHash) {
        return session.createNativeQuery(FIND, Object[].class)
                .setParameter("tenant", tenant)
                .setParameter("principal", principal)
                .setParameter("key", key)
                .getResultList()
                .map(rows -> {
                    List<Object[]> found = rows;
                    if (found.isEmpty()) {
                        // the first request rolled back between our insert and our read; ask for a retry
                        throw new ProblemException(Problem.of(ProblemType.CONFLICT,
                                "A request with this Idempotency-Key is in progress; retry"));
                    }
                    Object[] row = found.get(0);
                    if (row[4] != null) {
                        // erased: the stored response is gone and the same key must not create it again
                        throw new ProblemException(Problem.of(ProblemType.GONE,
                                "What this Idempotency-Key created was erased"));
                    }
                    if (!requestHash.equals(row[0])) {
                        throw new ProblemException(Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                                "This Idempotency-Key was used with a different request body"));
                    }
                    if (row[1] == null) {
                        throw new ProblemException(Problem.of(ProblemType.CONFLICT,
                                "A request with this Idempotency-Key is in progress; retry"));
                    }
                    Response.ResponseBuilder response = Response.status(((Number) row[1]).intValue())
                            .header(REPLAYED, "true");
                    if (row[2] != null) {
                        response.location(URI.create((String) row[2]));
                    }
                    if (row[3] != null) {
                        response.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
                    }
                    return response.build();
                });
    }

    /**
     * Forgets the stored responses that created {@code subject} (e.g. a client being erased), in the caller's
     * transaction: a retry of such a request then answers 410 and discloses nothing, and creates nothing again.
     */
    public Uni<Void> forget(String tenant, String subject) {
        return Panache.getSession().chain(session -> session.createNativeQuery(FORGET)
                .setParameter("now", Instant.now())
                .setParameter("tenant", tenant)
                .setParameter("subject", subject)
                .executeUpdate()
                .replaceWithVoid());
    }

    /**
     * Deletes up to {@code remedy.idempotency.purge-batch} keys older than the retention, in the caller's
     * transaction; emits how many. Safe to run on several replicas at once (rows are taken with SKIP LOCKED).
     */
    public Uni<Integer> purgeExpired() {
        return Panache.getSession().chain(session -> session.createNativeQuery(PURGE)
                .setParameter("expired", Instant.now().minus(config.retention()))
                .setParameter("batch", config.purgeBatch())
                .executeUpdate());
    }

    private Response first(Created created) {
        Response.ResponseBuilder response = Response.status(created.status());
        if (created.location() != null) {
            response.location(created.location());
        }
        if (created.body() != null) {
            try {
                // the exact text stored for replays, so a retry gets byte-for-byte the same body
                response.entity(json.writeValueAsString(created.body())).type(MediaType.APPLICATION_JSON_TYPE);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Response body cannot be serialised", e);
            }
        }
        return response.build();
    }
}
