package io.remedy.notification.preference;

import io.remedy.notification.delivery.Channel;
import io.remedy.notification.message.MessageKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a recipient chose: channels per kind of message, kinds they do not want, quiet hours in a time zone (the
 * location's when none is set) and a language. {@link #NONE} for someone who chose nothing.
 */
public record MessagePreferences(Map<MessageKind, List<Channel>> channels, Set<MessageKind> optOuts,
                                 QuietHours quietHours, String timeZone, String language) {

    /** Nothing chosen: default channels, no quiet hours, the contact's language. */
    public static final MessagePreferences NONE = new MessagePreferences(Map.of(), Set.of(), null, null, null);

    public MessagePreferences {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        optOuts = optOuts == null ? Set.of() : Set.copyOf(optOuts);
    }

    /** The channels chosen for a kind, if the recipient chose any (an empty list means none). */
    public Optional<List<Channel>> channelsFor(MessageKind kind) {
        return Optional.ofNullable(channels.get(kind));
    }

    public boolean optedOutOf(MessageKind kind) {
        return optOuts.contains(kind) || channelsFor(kind).map(List::isEmpty).orElse(false);
    }

    public Optional<QuietHours> quiet() {
        return Optional.ofNullable(quietHours);
    }
}
