package io.remedy.platform.inbox;

import io.remedy.platform.event.CloudEvent;
import io.smallrye.mutiny.Uni;

/** What a consumer does with one event, inside the inbox's transaction (no own transaction, no ack). */
@FunctionalInterface
public interface EventEffect<T> {

    /** Applies the event; a failure is retried, a {@link PoisonEventException} goes to the dead-letter topic. */
    Uni<Void> apply(CloudEvent envelope, T data);
}
