package io.remedy.notification.delivery;

import io.remedy.notification.receipt.ReceiptAttachments;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
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
        List<MailAttachment> invitation = new ArrayList<>();
        if (delivery.calendar != null) {
            // a calendar invitation: the client's calendar adds, moves or removes the session by its UID
            String method = delivery.calendar.contains("\r\nMETHOD:CANCEL\r\n") ? "CANCEL" : "REQUEST";
            invitation.add(MailAttachment.create()
                    .setName(method.equals("CANCEL") ? "cancelled-session.ics" : "session.ics")
                    .setContentType("text/calendar; charset=UTF-8; method=" + method)
                    .setDisposition("attachment")
                    .setData(Buffer.buffer(delivery.calendar)));
        }
        // a receipt's PDF is fetched from billing as the e-mail goes out
        return receipts.of(delivery)
                .chain(attachments -> {
                    List<MailAttachment> all = new ArrayList<>(invitation);
                    all.addAll(attachments);
                    return mailer.sendMail(all.isEmpty() ? mail : mail.setAttachment(all));
                })
                .replaceWith(messageId);
    }
}
