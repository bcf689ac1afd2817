package io.remedy.platform.testapp;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.transaction.Transactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Books an appointment whose transaction PostgreSQL aborts as a deadlock victim (SQLSTATE 40P01, raised by the
 * database after the appointment was written) on its first {@code losses} runs: what a booking race does to a loser.
 */
@ApplicationScoped
public class ContentionService {

    private static final String DEADLOCK = "DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE ="
            + " 'deadlock_detected'; END $$";

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Transactions transactions;

    public ContentionService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Through Panache's annotation. */
    @WithTransaction
    public Uni<Appointment> annotated(Caller caller, AppointmentRequest request, String run, int losses) {
        return book(caller, request, run, losses);
    }

    /** Through {@link Transactions#withTransaction}, in place of {@code Panache.withTransaction}. */
    public Uni<Appointment> programmatic(Caller caller, AppointmentRequest request, String run, int losses) {
        return transactions.withTransaction(() -> book(caller, request, run, losses));
    }

    /** Through {@code Panache.withTransaction} itself, which does not run a transaction again. */
    public Uni<Appointment> unretried(Caller caller, AppointmentRequest request, String run, int losses) {
        return Panache.withTransaction(() -> book(caller, request, run, losses));
    }

    /** How many times the work of {@code run} was started. */
    public int runs(String run) {
        AtomicInteger count = runs.get(run);
        return count == null ? 0 : count.get();
    }

    private Uni<Appointment> book(Caller caller, AppointmentRequest request, String run, int losses) {
        int attempt = runs.computeIfAbsent(run, k -> new AtomicInteger()).incrementAndGet();
        Appointment a = new Appointment();
        a.id = UUID.randomUUID();
        a.tenant = caller.tenant();
        a.location = request.location();
        a.startsAt = request.startsAt();
        a.kind = request.kind();
        a.minutes = request.minutes();
        Uni<Appointment> written = a.<Appointment>persist().call(() -> Panache.flush());
        if (attempt > losses) {
            return written;
        }
        return written.call(() -> Panache.getSession().chain(s -> s.createNativeQuery(DEADLOCK).executeUpdate()));
    }
}
