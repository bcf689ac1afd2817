package io.remedy.notification.message;

import io.quarkus.logging.Log;
import io.remedy.notification.calendar.InvitationWriter;
import io.remedy.notification.contact.Contact;
import io.remedy.notification.contact.ContactRepository;
import io.remedy.notification.delivery.Channel;
import io.remedy.notification.delivery.Delivery;
import io.remedy.notification.delivery.DeliveryRepository;
import io.remedy.notification.delivery.DeliverySender;
import io.remedy.notification.delivery.DeliveryStatus;
import io.remedy.notification.delivery.RecipientKind;
import io.remedy.notification.message.Addressee.Client;
import io.remedy.notification.message.Addressee.Staff;
import io.remedy.notification.message.Addressee.StaffAtLocation;
import io.remedy.notification.preference.MessagePreferences;
import io.remedy.notification.preference.PreferenceService;
import io.remedy.notification.settings.ChainSettingsService;
import io.remedy.notification.settings.ChainVoice;
import io.remedy.notification.staff.StaffDirectory;
import io.remedy.platform.observability.TraceContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a notice's messages into the delivery log: for each recipient, on each channel their preferences and
 * addresses allow, in their language, deferred past their quiet hours unless urgent. At most one message per
 * source, kind, channel and recipient, however often it is asked for. Runs inside the caller's transaction (the
 * inbox's, or a scheduler's); the delivery sender sends after the commit.
 */
@ApplicationScoped
public class Messenger {

    private final ContactRepository contacts;
    private final PreferenceService preferences;
    private final ChainSettingsService settings;
    private final StaffDirectory directory;
    private final MessageTemplates templates;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final String organizer;

    public Messenger(ContactRepository contacts, PreferenceService preferences, ChainSettingsService settings,
                     StaffDirectory directory, MessageTemplates templates, DeliveryRepository deliveries,
                     DeliverySender sender, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.organizer = address(from);
        this.contacts = contacts;
        this.preferences = preferences;
        this.settings = settings;
        this.directory = directory;
        this.templates = templates;
        this.deliveries = deliveries;
        this.sender = sender;
    }

    /** A recipient as the messages reach them. */
    record Reach(RecipientKind kind, String key, UUID clientId, String userId, String role, String email,
                 String phone, String givenName, String familyName, String languageTag,
                 MessagePreferences preferences, Set<Channel> reachable) {
    }

    /** Writes the notice's messages to each addressee; emits how many messages were written. */
    public Uni<Integer> send(Notice notice, List<Addressee> to) {
        return settings.voice(notice.tenant()).chain(voice -> Multi.createFrom().iterable(to)
                .onItem().transformToUniAndConcatenate(addressee -> reach(notice, addressee)
                        .chain(reach -> reach == null ? Uni.createFrom().item(0) : write(notice, voice, reach)))
                .collect().with(Collectors.summingInt(Integer::intValue)))
                .invoke(written -> {
                    if (written > 0) {
                        sender.nudge();
                    }
                });
    }

    /**
     * Takes back the messages of a kind about something (e.g. a lapsed waitlist offer): those not sent yet are
     * cancelled, in-app ones leave the inbox. Emits how many were taken back.
     */
    public Uni<Integer> withdraw(String tenant, UUID aboutId, MessageKind kind, Instant now) {
        return deliveries.about(tenant, aboutId, kind.name()).map(found -> {
            int taken = 0;
            for (Delivery delivery : found) {
                if (delivery.status == DeliveryStatus.PENDING || delivery.status == DeliveryStatus.FAILED) {
                    delivery.status = DeliveryStatus.CANCELLED;
                    delivery.nextAttemptAt = null;
                    delivery.withdrawnAt = now;
                    taken++;
                } else if (delivery.channel == Channel.IN_APP && delivery.status == DeliveryStatus.SENT) {
                    delivery.withdrawnAt = now;
                    taken++;
                }
            }
            return taken;
        });
    }

    /**
     * Drops the messages of these kinds about something whose state moved on (e.g. the confirmation and reminders of
     * a session cancelled while they waited for the client's quiet hours to end): those not sent yet are cancelled.
     * Emits how many were dropped.
     */
    public Uni<Integer> dropUnsent(String tenant, UUID aboutId, Set<MessageKind> kinds, Instant now) {
        return deliveries.cancelUnsent(tenant, aboutId, kinds.stream().map(MessageKind::name).toList(), now);
    }

    private Uni<Reach> reach(Notice notice, Addressee addressee) {
        if (addressee instanceof Client client) {
            return contacts.findInTenant(notice.tenant(), client.clientId()).chain(contact -> {
                if (contact == null) {
                    if (notice.waitForContact()) {
                        return Uni.createFrom().failure(new IllegalStateException(
                                "Contact of client " + client.clientId() + " not known yet"));
                    }
                    Log.infof("No contact for client %s: %s not sent", client.clientId(), notice.kind());
                    return Uni.createFrom().nullItem();
                }
                if (contact.erased) {
                    return Uni.createFrom().nullItem();
                }
                return preferences.of(notice.tenant(), contact.userId).map(chosen -> clientReach(contact, chosen));
            });
        }
        if (addressee instanceof Staff staff) {
            if (staff.userId() == null || staff.userId().isBlank()) {
                return Uni.createFrom().nullItem();
            }
            return preferences.of(notice.tenant(), staff.userId()).map(chosen -> new Reach(RecipientKind.STAFF,
                    "user:" + staff.userId(), null, staff.userId(), null, null, null, null, null, null, chosen,
                    staffChannels()));
        }
        StaffAtLocation group = (StaffAtLocation) addressee;
        if (group.locationCode() == null || group.locationCode().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new Reach(RecipientKind.ROLE,
                "role:" + group.role() + "@" + group.locationCode(), null, null, group.role(), null, null, null,
                null, null, MessagePreferences.NONE, staffChannels()));
    }

    private static Reach clientReach(Contact contact, MessagePreferences chosen) {
        Set<Channel> reachable = EnumSet.noneOf(Channel.class);
        if (contact.email != null && !contact.email.isBlank()) {
            reachable.add(Channel.EMAIL);
        }
        if (contact.phone != null && !contact.phone.isBlank()) {
            reachable.add(Channel.SMS);
        }
        if (contact.userId != null && !contact.userId.isBlank()) {
            reachable.add(Channel.IN_APP);
        }
        return new Reach(RecipientKind.CLIENT, "client:" + contact.clientId, contact.clientId, contact.userId, null,
                contact.email, contact.phone, contact.givenName, contact.familyName, contact.preferredLanguage,
                chosen, reachable);
    }

    /** Staff have the in-app inbox, and e-mail when the directory can find their addresses. */
    private Set<Channel> staffChannels() {
        return directory.enabled() ? EnumSet.of(Channel.IN_APP, Channel.EMAIL) : EnumSet.of(Channel.IN_APP);
    }

    private Uni<Integer> write(Notice notice, ChainVoice voice, Reach reach) {
        List<Channel> channels = ChannelChoice.choose(notice.kind(), notice.urgent(), reach.preferences(),
                reach.reachable());
        if (channels.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String language = reach.preferences().language() != null ? reach.preferences().language()
                : Languages.closest(reach.languageTag());
        Locale locale = Languages.locale(language, reach.languageTag());
        Rendered rendered = templates.render(new MessageTemplates.Request(notice.kind(), language, locale,
                notice.zone(), voice, reach.givenName(), reach.familyName(), notice.locationName(), notice.values(),
                notice.moments()));
        Instant now = Instant.now();
        Instant notBefore = notice.urgent() ? null : reach.preferences().quiet()
                .flatMap(quiet -> quiet.deferUntil(now, quietZone(reach.preferences(), notice)))
                .orElse(null);
        return Multi.createFrom().iterable(channels)
                .onItem().transformToUniAndConcatenate(channel -> deliveries
                        .findOnce(notice.tenant(), notice.sourceId(), notice.kind().name(), channel, reach.key())
                        .chain(existing -> existing != null ? Uni.createFrom().item(0)
                                : deliveries.persist(delivery(notice, reach, channel, language, rendered, now,
                                        notBefore, organizer)).replaceWith(1)))
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    private static ZoneId quietZone(MessagePreferences chosen, Notice notice) {
        return chosen.timeZone() != null ? ZoneId.of(chosen.timeZone()) : notice.zone();
    }

    /** The bare address of a sender such as {@code Remedy <no-reply@remedy.local>}. */
    static String address(String from) {
        if (from == null) {
            return null;
        }
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
    }

    private static Delivery delivery(Notice notice, Reach reach, Channel channel, String language, Rendered rendered,
                                     Instant now, Instant notBefore, String organizer) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.tenant = notice.tenant();
        delivery.sourceEventId = notice.sourceId();
        delivery.sourceEventType = notice.sourceEventType();
        delivery.kind = notice.kind().name();
        delivery.channel = channel;
        delivery.recipientKind = reach.kind();
        delivery.recipient = reach.key();
        delivery.clientId = reach.clientId();
        delivery.recipientUserId = reach.userId();
        delivery.recipientRole = reach.role();
        delivery.locationId = notice.locationId();
        delivery.locationCode = notice.locationCode();
        delivery.aboutId = notice.aboutId();
        delivery.urgent = notice.urgent();
        delivery.language = language;
        switch (channel) {
            case EMAIL -> {
                delivery.address = reach.email();
                delivery.subject = rendered.subject();
                delivery.bodyText = rendered.text();
                delivery.bodyHtml = rendered.html();
                if (notice.invitation() != null) {
                    delivery.calendar = InvitationWriter.write(notice.invitation(), organizer, reach.email(), now);
                }
            }
            case SMS -> {
                delivery.address = reach.phone();
                delivery.bodyText = rendered.sms();
            }
            case IN_APP -> {
                delivery.subject = rendered.subject();
                delivery.bodyText = rendered.inApp();
            }
        }
        delivery.status = DeliveryStatus.PENDING;
        TraceContext trace = TraceContext.current();
        if (trace != null) {
            delivery.traceparent = trace.traceparent();
            delivery.tracestate = trace.tracestate();
        }
        delivery.nextAttemptAt = notBefore;
        delivery.eventTime = notice.eventTime();
        delivery.createdAt = now;
        return delivery;
    }
}
