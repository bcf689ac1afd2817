package io.remedy.notification.delivery;

import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failed calls to the SMS provider may be repeated at once: only those that never reached it (an answer, e.g.
 * 500, is never repeated here: SmsDeliveryTest sees each as one failed try of the delivery log).
 */
class SmsChannelTest {

    @Test
    void repeatsACallThatFoundNoConnection() {
        assertTrue(SmsChannel.noConnection(new ConnectException("Connection refused")));
        assertTrue(SmsChannel.noConnection(new ProcessingException(new ConnectException("Connection refused"))));
    }

    @Test
    void neverRepeatsACallThatMayHaveReachedTheProvider() {
        assertFalse(SmsChannel.noConnection(new TimeoutException("no answer in time")), "it may have sent the text");
        assertFalse(SmsChannel.noConnection(new ProcessingException(new IOException("Connection reset"))),
                "the request may have been read");
    }
}
