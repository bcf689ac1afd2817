package io.remedy.booking.redflag;

import io.quarkus.logging.Log;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.Problem;
import io.remedy.platform.problem.ProblemException;
import io.remedy.platform.problem.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Red-flag holds: records-service raises and clears flags; while a client has an open one, their future sessions are
 * shown held and no new session may be booked or moved for them. Runs inside the caller's transaction or session
 * (the inbox's, or a booking's).
 */
@ApplicationScoped
public class RedFlagService {

    /** Problem type of a booking refused because the client is on a red-flag hold. */
    public static final URI HOLD_PROBLEM = URI.create(ProblemType.BASE + "red-flag-hold");

    private final RedFlagRepository flags;

    public RedFlagService(RedFlagRepository flags) {
        this.flags = flags;
    }

    /** Records a raised flag (again: changes nothing). */
    public Uni<Void> raised(String tenant, RedFlagRaised event) {
        return flags.findById(event.redFlagId()).flatMap(existing -> {
            RedFlag flag = existing != null ? existing : newFlag(tenant, event.redFlagId(), event.clientId());
            if (!flag.tenant.equals(tenant)) {
                Log.warnf("Red flag %s raised for another tenant than it was recorded for; ignored", event.redFlagId());
                return Uni.createFrom().voidItem();
            }
            flag.locationId = event.locationId();
            flag.severity = event.severity() == null ? RedFlag.Severity.REFER
                    : RedFlag.Severity.valueOf(event.severity().name());
            flag.raisedAt = event.raisedAt();
            Log.infof("Red flag %s raised: the client's sessions are held", flag.id);
            return flags.persist(flag).replaceWithVoid();
        });
    }

    /** Records a cleared flag; the hold lifts once no other flag of the client is open. */
    public Uni<Void> cleared(String tenant, RedFlagCleared event) {
        return flags.findById(event.redFlagId()).flatMap(existing -> {
            RedFlag flag = existing != null ? existing : newFlag(tenant, event.redFlagId(), event.clientId());
            if (!flag.tenant.equals(tenant)) {
                Log.warnf("Red flag %s cleared for another tenant than it was recorded for; ignored", event.redFlagId());
                return Uni.createFrom().voidItem();
            }
            flag.clearedAt = event.clearedAt() == null ? Instant.now() : event.clearedAt();
            Log.infof("Red flag %s cleared", flag.id);
            return flags.persist(flag).replaceWithVoid();
        });
    }

    /** The holds of those of these clients who have one. */
    public Uni<Map<UUID, RedFlagHold>> holdsOf(String tenant, Collection<UUID> clientIds) {
        Set<UUID> distinct = Set.copyOf(clientIds);
        return flags.openOf(tenant, distinct).map(open -> open.stream()
                .collect(Collectors.groupingBy(flag -> flag.clientId)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> RedFlagHold.of(e.getValue()))));
    }

    /** The hold of one client, or null. */
    public Uni<RedFlagHold> holdOf(String tenant, UUID clientId) {
        return flags.openOf(tenant, List.of(clientId)).map(open -> open.isEmpty() ? null : RedFlagHold.of(open));
    }

    /** Fails with a 409 (type {@code red-flag-hold}, field {@code clientId}) while the client has an open flag. */
    public Uni<Void> requireNoHold(String tenant, UUID clientId) {
        return holdOf(tenant, clientId).invoke(hold -> {
            if (hold != null) {
                throw onHold();
            }
        }).replaceWithVoid();
    }

    /** The 409 of a booking, reschedule or series confirmation for a client on a red-flag hold. */
    public static ProblemException onHold() {
        return new ProblemException(new Problem(HOLD_PROBLEM, "Client on red-flag hold", 409,
                "The client has an open red flag: no session may be booked or moved until it is cleared",
                null, List.of(new FieldError("clientId", "is on a red-flag hold until every open flag is cleared")),
                null));
    }

    private static RedFlag newFlag(String tenant, UUID id, UUID clientId) {
        RedFlag flag = new RedFlag();
        flag.id = id;
        flag.tenant = tenant;
        flag.clientId = clientId;
        return flag;
    }
}
