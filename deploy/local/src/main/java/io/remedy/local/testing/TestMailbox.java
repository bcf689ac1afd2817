package io.remedy.local.testing;

import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads what the platform really sent, over IMAP from the local mail server (GreenMail accepts any address as its
 * own login). Needs jakarta mail (e.g. org.eclipse.angus:angus-mail) on the test classpath.
 */
public final class TestMailbox {

    private final String host;
    private final int imapPort;

    public TestMailbox(String host, int imapPort) {
        this.host = host;
        this.imapPort = imapPort;
    }

    /** A mail as a test checks it; {@code headers} as sent, each name with its values in order. */
    public record Mail(String messageId, String subject, String text, Map<String, List<String>> headers) {

        /** The values of a header (names are case-insensitive); empty if the mail has none. */
        public List<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).toList();
        }
    }

    /** Every mail in the address's inbox, oldest first. */
    public List<Mail> messagesTo(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(host, imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Mail> mails = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        String[] ids = message.getHeader("Message-ID");
                        Map<String, List<String>> headers = new LinkedHashMap<>();
                        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
                            Header header = all.nextElement();
                            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                                    .add(header.getValue());
                        }
                        mails.add(new Mail(ids == null ? null : ids[0], message.getSubject(), text(message),
                                headers));
                    }
                    return mails;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the mailbox of " + address, e);
        }
    }

    /** A file attached to a mail. */
    public record Attachment(String subject, String fileName, String contentType, byte[] content) {
    }

    /** Every attachment of the mails in the address's inbox, oldest mail first. */
    public List<Attachment> attachmentsTo(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect(host, imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    List<Attachment> found = new ArrayList<>();
                    for (Message message : inbox.getMessages()) {
                        attachments(message.getSubject(), message, found);
                    }
                    return found;
                } finally {
                    inbox.close(false);
                }
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read the mailbox of " + address, e);
        }
    }

    private static void attachments(String subject, Part part, List<Attachment> found)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                attachments(subject, multipart.getBodyPart(i), found);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            try (var in = part.getInputStream()) {
                found.add(new Attachment(subject, part.getFileName(), part.getContentType(), in.readAllBytes()));
            }
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }
}
