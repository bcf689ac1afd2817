package io.remedy.records.session;

import java.util.UUID;

/** A therapist as events name them: booking's therapist id and the login's subject (either may be unknown). */
public record TherapistRef(UUID therapistId, String therapistUserId) {

    public static final TherapistRef NONE = new TherapistRef(null, null);

    public boolean known() {
        return therapistId != null;
    }
}
