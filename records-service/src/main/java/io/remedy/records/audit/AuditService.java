package io.remedy.records.audit;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.records.access.ClinicalAccess.Relation;
import io.remedy.records.access.ClinicalAccess;
import io.remedy.records.access.Need;
import io.remedy.records.audit.AuditTrail.Action;
import io.remedy.records.audit.AuditView.AuditEntryResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/** Who read or changed a client's record: for chain admins, and for the client themself. */
@ApplicationScoped
public class AuditService {

    private final AuditRepository entries;
    private final AuditTrail audit;
    private final ClinicalAccess access;

    public AuditService(AuditRepository entries, AuditTrail audit, ClinicalAccess access) {
        this.entries = entries;
        this.audit = audit;
        this.access = access;
    }

    /** A page of the client's audit trail, newest first; reading it is itself recorded, after the page is read. */
    @WithTransaction
    public Uni<Page<AuditEntryResponse>> trail(Caller caller, UUID clientId, Cursor.Keyset cursor, int limit) {
        return access.require(caller, clientId, Need.SUBJECT_ACCESS)
                .flatMap(grant -> {
                    Function<AuditEntry, AuditEntryResponse> view = grant.relation() == Relation.SELF
                            ? AuditEntryResponse::forClient : AuditEntryResponse::of;
                    return entries.newestFirst(caller.tenant(), clientId, cursor, limit + 1)
                            .map(rows -> Page.of(rows, limit, view, e -> Cursor.after(e.at, e.id)));
                })
                .call(() -> audit.record(caller, Action.READ, clientId, "audit", null));
    }
}
