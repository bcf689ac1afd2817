package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.therapist.TherapistView.NewTherapist;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
import io.remedy.booking.therapist.TherapistView.TherapistUpdate;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Cursor;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The chain's therapists: chain admins take therapists on and change them; staff read them, a client who treats them.
 * Their weekly rosters are {@link TherapistRosters}', their leave {@link TherapistLeave}'s.
 */
@ApplicationScoped
public class TherapistService {

    private final TherapistRepository therapists;
    private final TherapistAccess access;

    public TherapistService(TherapistRepository therapists, TherapistAccess access) {
        this.therapists = therapists;
        this.access = access;
    }

    @WithTransaction
    public Uni<TherapistResponse> add(Caller caller, NewTherapist request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Uni<Therapist> sameUser = request.userId() == null
                ? Uni.createFrom().nullItem()
                : therapists.findByUser(caller.tenant(), request.userId());
        return sameUser.flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("User " + request.userId() + " is already therapist " + existing.id,
                        new FieldError("userId", "is already another therapist's login"));
            }
            Therapist therapist = new Therapist();
            therapist.id = UUID.randomUUID();
            therapist.tenant = caller.tenant();
            therapist.displayName = request.displayName();
            therapist.email = request.email();
            therapist.userId = request.userId();
            therapist.registrationNumber = blankAsNone(request.registrationNumber());
            therapist.createdAt = Instant.now();
            return therapists.persistAndFlush(therapist).map(TherapistResponse::of);
        });
    }

    /** Renames a therapist, changes their e-mail or links their login (chain admins; If-Match). */
    @WithTransaction
    public Uni<TherapistResponse> update(Caller caller, UUID id, String ifMatch, TherapistUpdate request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return access.existing(caller, id).flatMap(therapist -> {
            IfMatch.require(ifMatch, therapist.version);
            Uni<Therapist> sameUser = request.userId() == null || request.userId().equals(therapist.userId)
                    ? Uni.createFrom().nullItem()
                    : therapists.findByUser(caller.tenant(), request.userId());
            return sameUser.flatMap(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("User " + request.userId() + " is already therapist " + existing.id,
                            new FieldError("userId", "is already another therapist's login"));
                }
                therapist.displayName = request.displayName();
                therapist.email = request.email();
                therapist.userId = request.userId();
                if (request.registrationNumber() != null) {
                    therapist.registrationNumber = blankAsNone(request.registrationNumber());
                }
                therapist.updatedAt = Instant.now();
                return therapists.flush().map(done -> TherapistResponse.of(therapist));
            });
        });
    }

    /** A page of the chain's therapists in display-name order (then id); {@code cursor} is the previous page's. */
    @WithSession
    public Uni<Page<TherapistResponse>> list(Caller caller, int limit, String cursor) {
        Cursor.Named after = Cursor.named(cursor);
        return therapists.page(caller.tenant(), after, limit)
                .map(rows -> Page.of(rows, limit, therapist -> TherapistResponse.of(therapist, caller),
                        row -> new Cursor.Named(row.displayName, row.id).encode()));
    }

    /** Every therapist of the chain in display-name order, whole: for an answer that names them all at once (FHIR). */
    @WithSession
    public Uni<List<TherapistResponse>> all(Caller caller) {
        return therapists.listInTenant(caller.tenant())
                .map(all -> all.stream().map(therapist -> TherapistResponse.of(therapist, caller)).toList());
    }

    @WithSession
    public Uni<TherapistResponse> get(Caller caller, UUID id) {
        return access.existing(caller, id).map(therapist -> TherapistResponse.of(therapist, caller));
    }

    /** A registration number as kept: trimmed, blank as none. */
    static String blankAsNone(String given) {
        return given == null || given.isBlank() ? null : given.strip();
    }
}
