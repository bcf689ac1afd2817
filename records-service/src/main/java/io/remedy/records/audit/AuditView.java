package io.remedy.records.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** API records of the audit trail. */
public final class AuditView {

    private AuditView() {
    }

    /** One read or change of a client's clinical record. */
    @Schema(name = "AuditEntry", description = "One read or change of a client's clinical record")
    public record AuditEntryResponse(
            UUID id,
            @Schema(description = "When it happened") Instant at,
            @Schema(description = "Who: the identity provider's subject, or 'system' for what an event did; not shown"
                    + " to the client") String actor,
            @Schema(description = "Who, by name, as their sign-in named them") String actorName,
            @Schema(description = "In which role: chain-admin, branch-manager, therapist, receptionist, client or"
                    + " system") String actorRole,
            @Schema(description = "The roles the actor had; not shown to the client") List<String> actorRoles,
            @Schema(description = "The actor's location scope ('*' = all); not shown to the client")
            List<String> actorLocations,
            @Schema(description = "READ, CREATE, UPDATE, SIGN, AMEND, CLEAR, WITHDRAW, EXPORT, ERASE, or REFUSED for"
                    + " a request turned away") String action,
            @Schema(description = "What was read or changed, e.g. intake, plan/<id>, session-note/<id>") String resource,
            @Schema(description = "The location code the data belongs to, if any") String location) {

        public static AuditEntryResponse of(AuditEntry entry) {
            return new AuditEntryResponse(entry.id, entry.at, entry.actor, entry.actorName, entry.actorRole,
                    split(entry.actorRoles), split(entry.actorLocations), entry.action, entry.resource,
                    entry.location);
        }

        /** What the client themself is shown: who by name and role, not staff's login ids nor their scopes. */
        public static AuditEntryResponse forClient(AuditEntry entry) {
            return new AuditEntryResponse(entry.id, entry.at, null, entry.actorName, entry.actorRole, List.of(),
                    List.of(), entry.action, entry.resource, entry.location);
        }

        private static List<String> split(String joined) {
            return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
        }
    }
}
