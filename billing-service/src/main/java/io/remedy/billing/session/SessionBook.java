package io.remedy.billing.session;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.remedy.contracts.booking.SessionBooked;
import io.remedy.contracts.booking.SessionCancelled;
import io.remedy.contracts.booking.SessionCompleted;
import io.remedy.contracts.booking.SessionNoShow;
import io.remedy.contracts.booking.SessionRescheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Billing's copy of booking's sessions, kept from their events (inside the inbox's transaction): which service, which
 * therapist, when, where, at what price. An invoice is issued from the completed session's copy.
 */
@ApplicationScoped
public class SessionBook {

    static final String UPSERT = """
            INSERT INTO session_copy (tenant, session_id, location_id, location_code, location_name, time_zone,
                service_id, service_name, therapist_id, therapist_name, therapist_user_id, client_id, client_user_id,
                starts_at, ends_at, price_cents, currency, status, updated_at, location_address)
            VALUES (:tenant, :sessionId, :locationId, :locationCode, :locationName, :timeZone, :serviceId, :serviceName,
                :therapistId, :therapistName, :therapistUserId, :clientId, :clientUserId, :startsAt, :endsAt,
                :priceCents, :currency, :status, :now, :locationAddress)
            ON CONFLICT (tenant, session_id) DO UPDATE SET location_id = excluded.location_id,
                location_code = excluded.location_code, location_name = excluded.location_name,
                time_zone = excluded.time_zone, service_id = excluded.service_id,
                service_name = excluded.service_name, therapist_id = excluded.therapist_id,
                therapist_name = excluded.therapist_name, therapist_user_id = excluded.therapist_user_id,
                client_id = excluded.client_id, client_user_id = excluded.client_user_id,
                starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                price_cents = coalesce(excluded.price_cents, session_copy.price_cents),
                currency = coalesce(excluded.currency, session_copy.currency),
                status = excluded.status, updated_at = excluded.updated_at,
                location_address = coalesce(excluded.location_address, session_copy.location_address)
            """;

    static final String MOVE = """
            UPDATE session_copy SET therapist_id = :therapistId, therapist_name = :therapistName,
                therapist_user_id = :therapistUserId, starts_at = :startsAt, ends_at = :endsAt, updated_at = :now
            WHERE tenant = :tenant AND session_id = :sessionId
            """;

    /** What every session event says about the session. */
    public record Facts(UUID sessionId, UUID locationId, String locationCode, String locationName, String timeZone,
                        UUID serviceId, String serviceName, UUID therapistId, String therapistName,
                        String therapistUserId, UUID clientId, String clientUserId, Instant startsAt, Instant endsAt,
                        Integer priceCents, String currency, String locationAddress) {

        public static Facts of(SessionBooked e) {
            return new Facts(e.sessionId(), e.locationId(), e.locationCode(), e.locationName(), e.timeZone(),
                    e.serviceId(), e.serviceName(), e.therapistId(), e.therapistName(), e.therapistUserId(),
                    e.clientId(), e.clientUserId(), e.startsAt(), e.endsAt(), null, null, e.locationAddress());
        }

        public static Facts of(SessionCompleted e) {
            return new Facts(e.sessionId(), e.locationId(), e.locationCode(), e.locationName(), e.timeZone(),
                    e.serviceId(), e.serviceName(), e.therapistId(), e.therapistName(), e.therapistUserId(),
                    e.clientId(), e.clientUserId(), e.startsAt(), e.endsAt(), e.priceCents(), e.currency(),
                    e.locationAddress());
        }

        public static Facts of(SessionCancelled e) {
            return new Facts(e.sessionId(), e.locationId(), e.locationCode(), e.locationName(), e.timeZone(),
                    e.serviceId(), e.serviceName(), e.therapistId(), e.therapistName(), e.therapistUserId(),
                    e.clientId(), e.clientUserId(), e.startsAt(), e.endsAt(), null, null, e.locationAddress());
        }

        public static Facts of(SessionNoShow e) {
            return new Facts(e.sessionId(), e.locationId(), e.locationCode(), e.locationName(), e.timeZone(),
                    e.serviceId(), e.serviceName(), e.therapistId(), e.therapistName(), e.therapistUserId(),
                    e.clientId(), e.clientUserId(), e.startsAt(), e.endsAt(), null, null, e.locationAddress());
        }
    }

    /** Keeps what the event says, in the state it names. */
    public Uni<Void> record(String tenant, Facts facts, String status) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT)
                .setParameter("tenant", tenant)
                .setParameter("sessionId", facts.sessionId())
                .setParameter("locationId", facts.locationId())
                .setParameter("locationCode", facts.locationCode())
                .setParameter("locationName", facts.locationName())
                .setParameter("timeZone", facts.timeZone())
                .setParameter("serviceId", facts.serviceId())
                .setParameter("serviceName", facts.serviceName())
                .setParameter("therapistId", facts.therapistId())
                .setParameter("therapistName", facts.therapistName())
                .setParameter("therapistUserId", facts.therapistUserId())
                .setParameter("clientId", facts.clientId())
                .setParameter("clientUserId", facts.clientUserId())
                .setParameter("startsAt", facts.startsAt())
                .setParameter("endsAt", facts.endsAt())
                .setParameter("priceCents", facts.priceCents())
                .setParameter("currency", facts.currency())
                .setParameter("status", status)
                .setParameter("now", Instant.now())
                .setParameter("locationAddress", facts.locationAddress())
                .executeUpdate()).replaceWithVoid();
    }

    /** A rescheduled session: new therapist and time, same location and service. */
    public Uni<Void> moved(String tenant, SessionRescheduled moved) {
        SessionRescheduled.Slot now = moved.current();
        return Panache.getSession().chain(session -> session.createNativeQuery(MOVE)
                .setParameter("therapistId", now.therapistId())
                .setParameter("therapistName", now.therapistName())
                .setParameter("therapistUserId", now.therapistUserId())
                .setParameter("startsAt", now.startsAt())
                .setParameter("endsAt", now.endsAt())
                .setParameter("now", Instant.now())
                .setParameter("tenant", tenant)
                .setParameter("sessionId", moved.sessionId())
                .executeUpdate()).replaceWithVoid();
    }
}
