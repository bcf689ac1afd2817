package io.remedy.notification.reminder;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.remedy.notification.contact.ContactRepository;
import io.remedy.notification.reminder.ReminderView.ReminderResponse;
import io.remedy.notification.session.SessionCopy;
import io.remedy.notification.session.SessionCopyRepository;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.paging.Page;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Reads a session's reminders for the staff of its location and for its client. */
@ApplicationScoped
public class ReminderService {

    private final ReminderRepository reminders;
    private final SessionCopyRepository sessions;
    private final ContactRepository contacts;

    public ReminderService(ReminderRepository reminders, SessionCopyRepository sessions, ContactRepository contacts) {
        this.reminders = reminders;
        this.sessions = sessions;
        this.contacts = contacts;
    }

    /** The reminders of a session, earliest first; 404 for a session the caller may not see or that is unknown. */
    @WithSession
    public Uni<Page<ReminderResponse>> ofSession(Caller caller, UUID sessionId) {
        return sessions.findInTenant(caller.tenant(), sessionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Session", sessionId))
                .call(session -> mayRead(caller, session))
                .chain(session -> reminders.ofSession(caller.tenant(), sessionId))
                .map(found -> new Page<>(found.stream().map(ReminderResponse::of).toList(), null));
    }

    private Uni<Void> mayRead(Caller caller, SessionCopy session) {
        if (caller.isStaff()) {
            return caller.mayActAt(session.locationCode) ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(ProblemException.forbidden(
                            "You may not act at location " + session.locationCode));
        }
        if (caller.isClient()) {
            return contacts.findInTenant(caller.tenant(), session.clientId)
                    .chain(contact -> contact != null && caller.userId().equals(contact.userId)
                            ? Uni.createFrom().voidItem()
                            : Uni.createFrom().failure(ProblemException.notFound("Session", session.sessionId)));
        }
        return Uni.createFrom().failure(ProblemException.forbidden("Only staff and the session's client may see this"));
    }
}
