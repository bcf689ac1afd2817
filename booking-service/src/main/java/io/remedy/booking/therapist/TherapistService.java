package io.remedy.booking.therapist;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.booking.therapist.TherapistView.NewTherapist;
import io.remedy.booking.therapist.TherapistView.TherapistResponse;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The chain's therapists: chain admins take them on; everyone in the chain may see who works there. */
@ApplicationScoped
public class TherapistService {

    private final TherapistRepository therapists;

    public TherapistService(TherapistRepository therapists) {
        this.therapists = therapists;
    }

    @WithTransaction
    public Uni<TherapistResponse> add(Caller caller, NewTherapist request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        Uni<Therapist> sameUser = request.userId() == null
                ? Uni.createFrom().nullItem()
                : therapists.findByUser(caller.tenant(), request.userId());
        return sameUser.flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("User " + request.userId() + " is already therapist " + existing.id);
            }
            Therapist therapist = new Therapist();
            therapist.id = UUID.randomUUID();
            therapist.tenant = caller.tenant();
            therapist.displayName = request.displayName();
            therapist.email = request.email();
            therapist.userId = request.userId();
            therapist.createdAt = Instant.now();
            return therapists.persistAndFlush(therapist).map(TherapistResponse::of);
        });
    }

    @WithSession
    public Uni<List<TherapistResponse>> list(Caller caller) {
        return therapists.listInTenant(caller.tenant()).map(all -> all.stream().map(TherapistResponse::of).toList());
    }

    @WithSession
    public Uni<TherapistResponse> get(Caller caller, UUID id) {
        return therapists.findInTenant(caller.tenant(), id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Therapist", id))
                .map(TherapistResponse::of);
    }
}
