package io.remedy.notification.delivery;

import io.remedy.notification.receipt.ReceiptAttachments;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * E-mail through SMTP, HTML and plain text; the provider id is the message's {@code Message-ID}. Sent with the
 * Vert.x mail client that the Quarkus Mailer configures ({@code quarkus.mailer.*}): Quarkus' {@code Mail} always
 * hands an empty Cc list on, which goes out as an empty {@code Cc:} header; a message built here names only the
 * headers it has. A receipt carries its PDF ({@link ReceiptAttachments}).
 */
@ApplicationScoped
public class EmailChannel {

    private final MailClient mailer;
    private final String from;
    private final ReceiptAttachments receipts;

    public EmailChannel(MailClient mailer, @ConfigProperty(name = "quarkus.mailer.from") String from,
                        ReceiptAttachments receipts) {
        this.mailer = mailer;
        this.from = from;
        this.receipts = receipts;
    }

    /** Sends the delivery's mail to these addresses (one person, or a group of staff); emits the Message-ID. */
    public Uni<String> send(Delivery delivery, List<String> to) {
        if (to.isEmpty()) {
            return Uni.createFrom().failure(new SendFailure(SendFailure.NO_ADDRESS, "No e-mail address", true));
        }
        String messageId = "<" + delivery.id + "@remedy>";
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Message-ID", messageId);
        if (delivery.urgent) {
            headers.add("Importance", "high").add("X-Priority", "1");
        }
        MailMessage mail = new MailMessage()
                .setFrom(from)
                .setTo(List.copyOf(to))
                .setSubject(delivery.subject)
                .setText(delivery.bodyText)
                .setHtml(delivery.bodyHtml)
                .setHeaders(headers);
        return receipts.of(delivery)
                .chain(attachments -> mailer.sendMail(attachments.isEmpty() ? mail : mail.setAttachment(attachments)))
                .replaceWith(messageId);
    }
}
