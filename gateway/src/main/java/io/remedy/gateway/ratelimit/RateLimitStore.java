package io.remedy.gateway.ratelimit;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The buckets every gateway replica shares, in PostgreSQL. One statement per call, atomic on the bucket's row: it
 * creates the bucket full (less this call's token), or refills it for the time since it was last touched (by the
 * database's clock, so replicas' clocks do not matter), takes a token if there is one, and says whether it did.
 */
@ApplicationScoped
public class RateLimitStore {

    static final String TAKE = """
            INSERT INTO rate_limit_bucket AS b (bucket_key, tokens, allowed, updated_at)
            VALUES ($1, $2::float8 - 1, true, now())
            ON CONFLICT (bucket_key) DO UPDATE SET (tokens, allowed, updated_at) = (
                SELECT CASE WHEN r.available >= 1 THEN r.available - 1 ELSE r.available END, r.available >= 1, now()
                FROM (SELECT LEAST($2::float8, b.tokens
                        + GREATEST(0, EXTRACT(EPOCH FROM now() - b.updated_at))::float8 * $3::float8) AS available) r)
            RETURNING tokens, allowed""";

    static final String DELETE_IDLE = "DELETE FROM rate_limit_bucket WHERE updated_at < now() - make_interval(secs => $1)";

    private final Pool pool;

    public RateLimitStore(Pool pool) {
        this.pool = pool;
    }

    /** Takes one token from the bucket {@code key} governed by {@code policy}. */
    public Uni<Decision> take(String key, Policy policy) {
        return pool.preparedQuery(TAKE)
                .execute(Tuple.of(key, (double) policy.capacity(), policy.refillPerSecond()))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Decision(row.getBoolean("allowed"), policy, row.getDouble("tokens"), true);
                });
    }

    /** Opens a connection ahead of the first call, so that it does not pay for the connection set-up. */
    public Uni<Void> warmUp() {
        return pool.query("SELECT 1").execute().replaceWithVoid();
    }

    /** Deletes buckets untouched for {@code idle}; returns how many. */
    public Uni<Integer> deleteIdle(Duration idle) {
        return pool.preparedQuery(DELETE_IDLE).execute(Tuple.of((double) idle.toSeconds()))
                .map(rows -> rows.rowCount());
    }
}
