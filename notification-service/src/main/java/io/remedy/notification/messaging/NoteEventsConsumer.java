package io.remedy.notification.messaging;

import io.remedy.contracts.EventCatalogue;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.notification.message.ClinicalNotices;
import io.remedy.platform.event.CloudEvent;
import io.remedy.platform.event.EventData;
import io.remedy.platform.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records' session-note events: an overdue note is brought to the therapist and the branch managers. */
@ApplicationScoped
public class NoteEventsConsumer {

    static final String CONSUMER = "notification.notes";

    private final Inbox inbox;
    private final EventData data;
    private final ClinicalNotices notices;

    public NoteEventsConsumer(Inbox inbox, EventData data, ClinicalNotices notices) {
        this.inbox = inbox;
        this.data = data;
        this.notices = notices;
    }

    @Incoming("notes")
    public Uni<Void> onNoteEvent(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    private Uni<Void> apply(CloudEvent envelope, String json) {
        if (EventCatalogue.NOTE_OVERDUE.type().equals(envelope.type())) {
            return notices.noteOverdue(envelope, data.read(envelope, NoteOverdue.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
