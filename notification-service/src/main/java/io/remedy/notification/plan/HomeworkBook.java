package io.remedy.notification.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.remedy.contracts.records.PlanUpdated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the homework of each client's latest active plan, so post-session care can include it. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class HomeworkBook {

    private static final TypeReference<List<Homework>> ITEMS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public HomeworkBook(ObjectMapper json) {
        this.json = json;
    }

    /** Takes a plan's new version: the latest active plan's homework is kept; a closed plan's is dropped. */
    public Uni<Void> learn(String tenant, PlanUpdated plan) {
        return find(tenant, plan.clientId()).flatMap(existing -> {
            boolean newer = existing == null || existing.changedAt == null || plan.changedAt() == null
                    || !plan.changedAt().isBefore(existing.changedAt);
            if (!newer) {
                return Uni.createFrom().voidItem();
            }
            if (plan.status() != PlanUpdated.Status.ACTIVE) {
                boolean samePlan = existing != null && existing.planId.equals(plan.planId());
                // a query, not the entity's delete(): Hibernate Reactive's entity delete races under concurrency
                return samePlan ? HomeworkCopy.delete("id = ?1", existing.id).replaceWithVoid()
                        : Uni.createFrom().voidItem();
            }
            HomeworkCopy copy = existing != null ? existing : new HomeworkCopy();
            if (existing == null) {
                copy.id = UUID.randomUUID();
                copy.tenant = tenant;
                copy.clientId = plan.clientId();
            }
            copy.planId = plan.planId();
            copy.planVersion = plan.version();
            copy.homework = write(of(plan));
            copy.changedAt = plan.changedAt();
            return existing != null ? Uni.createFrom().voidItem() : copy.persist().replaceWithVoid();
        });
    }

    /** The homework of the client's latest active plan; empty if none. */
    public Uni<List<Homework>> of(String tenant, UUID clientId) {
        return find(tenant, clientId).map(copy -> copy == null ? List.of() : read(copy.homework));
    }

    /** Forgets a client's homework (erasure). */
    public Uni<Void> forget(String tenant, UUID clientId) {
        return HomeworkCopy.delete("tenant = ?1 and clientId = ?2", tenant, clientId).replaceWithVoid();
    }

    /** The homework a plan gives, as messages show it. */
    public static List<Homework> of(PlanUpdated plan) {
        return plan.homework().stream()
                .map(h -> new Homework(h.title(), h.instructions(), h.timesPerDay(), h.daysPerWeek()))
                .toList();
    }

    private static Uni<HomeworkCopy> find(String tenant, UUID clientId) {
        return HomeworkCopy.find("tenant = :tenant and clientId = :client", Map.of("tenant", tenant, "client", clientId))
                .firstResult();
    }

    private String write(List<Homework> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Homework cannot be written as JSON", e);
        }
    }

    private List<Homework> read(String items) {
        try {
            return json.readValue(items, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored homework is not readable", e);
        }
    }
}
