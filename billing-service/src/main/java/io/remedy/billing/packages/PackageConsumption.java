package io.remedy.billing.packages;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.platform.database.NativeScalars;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.util.UUID;

/**
 * A completed session paid for by a package instead of an invoice: when the client holds a package of the session's
 * service in the chain that has sessions left, had not expired when the session was completed and whose sale was not
 * voided, one session of it is used, the package expiring first first. Runs inside the inbox's transaction of the
 * completion; a session is used at most once (its row in {@code package_use}), and a session already invoiced is
 * never covered afterwards, however often or late its completion arrives.
 */
@ApplicationScoped
public class PackageConsumption {

    static final String INVOICED = """
            SELECT count(*) FROM invoice WHERE tenant = :tenant AND session_id = :sessionId AND kind = 'INVOICE'""";
    static final String USED = "SELECT count(*) FROM package_use WHERE tenant = :tenant AND session_id = :sessionId";
    /** The package to use, locked: the one expiring first among those that can pay for the session. */
    static final String CANDIDATE = """
            SELECT cp.id FROM client_package cp JOIN invoice i ON i.id = cp.invoice_id
            WHERE cp.tenant = :tenant AND cp.client_id = :clientId AND cp.service_id = :serviceId
              AND cp.sessions_used < cp.sessions_total AND cp.expires_at > :at AND i.status <> 'VOID'
            ORDER BY cp.expires_at, cp.sold_at, cp.id
            LIMIT 1
            FOR UPDATE OF cp""";
    static final String USE = """
            INSERT INTO package_use (tenant, session_id, client_package_id, location_id, location_code, used_at)
            VALUES (:tenant, :sessionId, :packageId, :locationId, :locationCode, :now)
            ON CONFLICT (tenant, session_id) DO NOTHING""";
    static final String COUNT_USE = """
            UPDATE client_package SET sessions_used = sessions_used + 1, version = version + 1
            WHERE id = :packageId""";

    /** Whether a package pays for the completed session (using one of its sessions now, or having done so before). */
    public Uni<Boolean> cover(String tenant, SessionCompleted completed) {
        Instant at = completed.completedAt() != null ? completed.completedAt() : Instant.now();
        return Panache.getSession().chain(session -> count(session, INVOICED, tenant, completed.sessionId())
                .chain(invoiced -> {
                    if (invoiced > 0) {
                        return Uni.createFrom().item(false);
                    }
                    return count(session, USED, tenant, completed.sessionId()).chain(used -> used > 0
                            ? Uni.createFrom().item(true)
                            : use(session, tenant, completed, at));
                }));
    }

    private static Uni<Boolean> use(Mutiny.Session session, String tenant, SessionCompleted completed, Instant at) {
        // no result class: see NativeScalars
        return session.createNativeQuery(CANDIDATE)
                .setParameter("tenant", tenant)
                .setParameter("clientId", completed.clientId())
                .setParameter("serviceId", completed.serviceId())
                .setParameter("at", at)
                .getResultList()
                .chain(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(false);
                    }
                    UUID packageId = NativeScalars.asUuid(found.get(0));
                    return session.createNativeQuery(USE)
                            .setParameter("tenant", tenant)
                            .setParameter("sessionId", completed.sessionId())
                            .setParameter("packageId", packageId)
                            .setParameter("locationId", completed.locationId())
                            .setParameter("locationCode", completed.locationCode())
                            .setParameter("now", Instant.now())
                            .executeUpdate()
                            .chain(inserted -> inserted == 0 ? Uni.createFrom().item(true)
                                    : session.createNativeQuery(COUNT_USE).setParameter("packageId", packageId)
                                            .executeUpdate()
                                            .invoke(() -> Log.infof("Session %s used a session of package %s",
                                                    completed.sessionId(), packageId))
                                            .replaceWith(true));
                });
    }

    private static Uni<Long> count(Mutiny.Session session, String sql, String tenant, UUID sessionId) {
        return session.createNativeQuery(sql)
                .setParameter("tenant", tenant)
                .setParameter("sessionId", sessionId)
                .getSingleResult().map(NativeScalars::asLong);
    }
}
