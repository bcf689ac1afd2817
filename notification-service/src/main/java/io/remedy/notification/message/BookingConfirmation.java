package io.remedy.notification.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The booking confirmation a client receives by email, rendered from Qute templates. */
@CheckedTemplate(basePath = "BookingConfirmation")
public final class BookingConfirmation {

    private BookingConfirmation() {
    }

    /** The HTML part. */
    public static native TemplateInstance html(String givenName, String serviceName, String therapistName,
                                               String locationName, String when);

    /** The plain-text part. */
    public static native TemplateInstance text(String givenName, String serviceName, String therapistName,
                                               String locationName, String when);
}
