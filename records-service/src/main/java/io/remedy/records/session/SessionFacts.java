package io.remedy.records.session;

import java.time.Instant;
import java.util.UUID;

/** What one of booking's session events says about a session, whichever event it was. */
public record SessionFacts(String tenant, UUID sessionId, UUID clientId, String clientUserId, UUID therapistId,
                           String therapistUserId, UUID locationId, String locationCode, String locationName,
                           String timeZone, Instant startsAt, Instant endsAt, UUID planId,
                           KnownSession.Status status) {
}
