package io.remedy.booking.series;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.booking.series.ProposalView.ProposalResponse;
import io.remedy.booking.session.SessionAccess;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading a client's current proposals of plan-driven series, with their dates. */
@ApplicationScoped
public class ProposalQueries {

    static final int MAX_LIST = 100;

    private final ProposalRepository proposals;
    private final ProposedSessionRepository dates;
    private final SessionAccess access;

    public ProposalQueries(ProposalRepository proposals, ProposedSessionRepository dates, SessionAccess access) {
        this.proposals = proposals;
        this.dates = dates;
        this.access = access;
    }

    /** A client's current proposals: the client themself, the front desk of its location, the plan's therapist. */
    @WithSession
    public Uni<Page<ProposalResponse>> list(Caller caller, UUID clientId, String cursor, int limit) {
        Cursor.Keyset after = Cursor.keyset(cursor);
        int size = Math.min(Math.max(limit, 1), MAX_LIST);
        Uni<List<SessionProposal>> found;
        if (caller.hasRole(Caller.CLIENT)) {
            found = access.clientOf(caller)
                    .onItem().ifNull().failWith(() -> ProblemException.notFound("No client record is linked to your account"))
                    .flatMap(me -> {
                        if (clientId != null && !clientId.equals(me.id)) {
                            throw ProblemException.forbidden("A client sees only their own proposals");
                        }
                        return proposals.currentOf(caller.tenant(), me.id, null, null, after, size + 1);
                    });
        } else {
            caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST, Caller.THERAPIST);
            if (clientId == null) {
                throw ProblemException.validation("clientId", "is required");
            }
            boolean frontDesk = SessionAccess.isFrontDesk(caller);
            if (frontDesk && caller.actsAtAllLocations()) {
                found = proposals.currentOf(caller.tenant(), clientId, null, null, after, size + 1);
            } else {
                Uni<List<UUID>> here = frontDesk ? access.locationsOf(caller) : Uni.createFrom().item(List.of());
                found = here.flatMap(ids -> access.therapistOf(caller).flatMap(me -> proposals.currentOf(
                        caller.tenant(), clientId, ids, me == null ? null : me.id, after, size + 1)));
            }
        }
        return found.flatMap(all -> {
            List<SessionProposal> page = all.size() > size ? all.subList(0, size) : all;
            String next = all.size() > size ? Cursor.after(page.get(size - 1).createdAt, page.get(size - 1).id) : null;
            return dates.of(page.stream().map(p -> p.id).toList()).map(rows -> {
                Map<UUID, List<ProposedSession>> byProposal = rows.stream()
                        .collect(Collectors.groupingBy(d -> d.proposalId));
                return new Page<>(page.stream().map(p -> ProposalResponse.of(p,
                        byProposal.getOrDefault(p.id, List.of()))).toList(), next);
            });
        });
    }
}
