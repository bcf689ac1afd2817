package io.remedy.notification.message;

import io.remedy.notification.calendar.Invitation;
import io.remedy.platform.event.CloudEvent;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a message says and why, before it is addressed: its kind, the event (or schedule) that asked for it, the
 * location it is about, whether it is urgent, and the values its templates show.
 *
 * @param sourceId        the asking event's id, or a schedule's own key (reminders, diaries): one message per
 *                        source, kind, channel and recipient
 * @param sourceEventType the asking event's type; null for scheduled messages
 * @param eventTime       when the asking event happened (delivery latency is measured from it)
 * @param aboutId         the session, offer, plan, red flag or note the message is about
 * @param waitForContact  true when a client unknown yet should make the event be tried again later
 * @param invitation      the calendar invitation its e-mail carries, or null
 */
public record Notice(String tenant, MessageKind kind, String sourceId, String sourceEventType, Instant eventTime,
                     UUID aboutId, UUID locationId, String locationCode, String locationName, String timeZone,
                     boolean urgent, boolean waitForContact, Map<String, Object> values,
                     Map<String, Instant> moments, Invitation invitation) {

    public Notice {
        values = Map.copyOf(values);
        moments = Map.copyOf(moments);
    }

    /** The zone times are shown in: the location's, UTC when unknown. */
    public ZoneId zone() {
        return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
    }

    /** A notice asked for by an event. */
    public static Builder of(MessageKind kind, CloudEvent event) {
        return new Builder(kind, event.tenant(), event.id(), event.type(),
                event.time() != null ? event.time() : Instant.now());
    }

    /** A scheduled notice (no event): {@code scheduleKey} keeps it once. */
    public static Builder scheduled(MessageKind kind, String tenant, String scheduleKey, Instant dueAt) {
        return new Builder(kind, tenant, scheduleKey, null, dueAt);
    }

    /** Collects a notice's parts. */
    public static final class Builder {
        private final MessageKind kind;
        private final String tenant;
        private final String sourceId;
        private final String sourceEventType;
        private final Instant eventTime;
        private UUID aboutId;
        private UUID locationId;
        private String locationCode;
        private String locationName;
        private String timeZone;
        private boolean urgent;
        private boolean waitForContact;
        private final Map<String, Object> values = new HashMap<>();
        private final Map<String, Instant> moments = new HashMap<>();
        private Invitation invitation;

        private Builder(MessageKind kind, String tenant, String sourceId, String sourceEventType, Instant eventTime) {
            this.kind = kind;
            this.tenant = tenant;
            this.sourceId = sourceId;
            this.sourceEventType = sourceEventType;
            this.eventTime = eventTime;
        }

        public Builder about(UUID id) {
            this.aboutId = id;
            return this;
        }

        public Builder at(UUID locationId, String locationCode, String locationName, String timeZone) {
            this.locationId = locationId;
            this.locationCode = locationCode;
            this.locationName = locationName;
            this.timeZone = timeZone;
            return this;
        }

        /** The zone times are shown in, when the event names it (it wins over what is known of the location). */
        public Builder timeZone(String timeZone) {
            if (timeZone != null && !timeZone.isBlank()) {
                this.timeZone = timeZone;
            }
            return this;
        }

        public Builder urgent(boolean urgent) {
            this.urgent = urgent;
            return this;
        }

        /** A client not known yet fails the notice, so that the event is tried again once their contact arrives. */
        public Builder waitForContact() {
            this.waitForContact = true;
            return this;
        }

        /** A value the templates show ({@code null} allowed: templates test it). */
        public Builder value(String name, Object value) {
            values.put(name, value == null ? "" : value);
            return this;
        }

        /** A moment the templates show in the location's zone, as {@code name}, {@code nameShort}, {@code nameTime} and {@code nameDay}. */
        public Builder moment(String name, Instant at) {
            if (at != null) {
                moments.put(name, at);
            }
            return this;
        }

        /** The calendar invitation the e-mail carries (a session's confirmation, change or cancellation). */
        public Builder invitation(Invitation invitation) {
            this.invitation = invitation;
            return this;
        }

        public Notice build() {
            return new Notice(tenant, kind, sourceId, sourceEventType, eventTime, aboutId, locationId, locationCode,
                    locationName, timeZone, urgent, waitForContact, values, moments, invitation);
        }
    }
}
