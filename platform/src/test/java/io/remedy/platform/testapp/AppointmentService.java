package io.remedy.platform.testapp;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.idempotency.Idempotency;
import io.remedy.platform.outbox.Outbox;
import io.remedy.platform.outbox.OutgoingEvent;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Use cases of the test application: state and event written together. */
@ApplicationScoped
public class AppointmentService {

    private final Outbox outbox;
    private final Idempotency idempotency;

    public AppointmentService(Outbox outbox, Idempotency idempotency) {
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /**
     * Erases an appointment as a service erases a person: forgets its stored responses and outbox rows, then
     * publishes the erasure and a tombstone for its key.
     */
    @WithTransaction
    public Uni<Void> erase(Caller caller, UUID id) {
        return find(caller, id)
                .call(a -> idempotency.forget(caller.tenant(), id.toString()))
                .call(a -> outbox.forgetSubject(caller.tenant(), id.toString()))
                .call(a -> outbox.append(event(caller, a, "erased", 0)))
                .call(a -> outbox.append(OutgoingEvent.tombstone(AppointmentEvent.TOPIC, id.toString(), caller.tenant())))
                .call(a -> Appointment.delete("id", id))
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Appointment> book(Caller caller, AppointmentRequest request) {
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.tenant = caller.tenant();
        a.location = request.location();
        a.startsAt = request.startsAt();
        a.kind = request.kind();
        a.minutes = request.minutes();
        return a.<Appointment>persist()
                .call(() -> outbox.append(event(caller, a, "booked", 0)))
                .invoke(() -> {
                    if (request.failAfterAppend()) {
                        throw new IllegalStateException("failing after the append, on purpose");
                    }
                });
    }

    @WithSession
    public Uni<Appointment> find(Caller caller, UUID id) {
        return Appointment.<Appointment>find("id = ?1 and tenant = ?2", id, caller.tenant()).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Appointment", id));
    }

    @WithTransaction
    public Uni<Appointment> annotate(Caller caller, UUID id, String ifMatch, String note) {
        return find(caller, id).invoke(a -> {
            IfMatch.require(ifMatch, a.version);
            a.note = note;
        }).call(a -> outbox.append(event(caller, a, "annotated", 0)));
    }

    /** Appends {@code count} events for one appointment, each in its own transaction. */
    public Uni<Void> burst(Caller caller, UUID id, int count, int from) {
        if (count == 0) {
            return Uni.createFrom().voidItem();
        }
        return appendOne(caller, id, from).chain(() -> burst(caller, id, count - 1, from + 1));
    }

    @WithTransaction
    Uni<Void> appendOne(Caller caller, UUID id, int n) {
        Appointment a = new Appointment();
        a.id = id;
        a.tenant = caller.tenant();
        return outbox.append(event(caller, a, "noted", n));
    }

    private static OutgoingEvent event(Caller caller, Appointment a, String what, int n) {
        return OutgoingEvent.of(AppointmentEvent.TOPIC, "remedy.test.appointment." + what + ".v1", a.id.toString(),
                caller.tenant(), new AppointmentEvent(a.id, what, n));
    }
}
