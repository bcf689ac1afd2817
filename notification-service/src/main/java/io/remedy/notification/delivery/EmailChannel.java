package io.remedy.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** E-mail through SMTP (Quarkus Mailer), HTML and plain text; the provider id is the message's {@code Message-ID}. */
@ApplicationScoped
public class EmailChannel {

    private final ReactiveMailer mailer;

    public EmailChannel(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    /** Sends the delivery's mail to these addresses (one person, or a group of staff); emits the Message-ID. */
    public Uni<String> send(Delivery delivery, List<String> to) {
        if (to.isEmpty()) {
            return Uni.createFrom().failure(new SendFailure(SendFailure.NO_ADDRESS, "No e-mail address", true));
        }
        String messageId = "<" + delivery.id + "@remedy>";
        Mail mail = new Mail()
                .setTo(to)
                .setSubject(delivery.subject)
                .setText(delivery.bodyText)
                .setHtml(delivery.bodyHtml)
                .addHeader("Message-ID", messageId);
        if (delivery.urgent) {
            mail.addHeader("Importance", "high").addHeader("X-Priority", "1");
        }
        return mailer.send(mail).replaceWith(messageId);
    }
}
