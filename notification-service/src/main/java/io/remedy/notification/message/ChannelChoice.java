package io.remedy.notification.message;

import io.remedy.notification.delivery.Channel;
import io.remedy.notification.preference.MessagePreferences;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which channels a message goes out on, from its kind, its urgency, the recipient's choices and their addresses. */
public final class ChannelChoice {

    /** When nothing chosen can reach the recipient, the first of these that can. */
    private static final List<Channel> FALLBACK = List.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP);

    private ChannelChoice() {
    }

    /**
     * Urgent messages go out on every channel the recipient has. Otherwise an opt-out is honoured unless the kind
     * may not be opted out of; the recipient's channels for the kind (else the kind's defaults) are used where the
     * recipient has an address, and if none of them reaches them, the first channel that does.
     */
    public static List<Channel> choose(MessageKind kind, boolean urgent, MessagePreferences preferences,
                                       Set<Channel> reachable) {
        if (urgent) {
            return FALLBACK.stream().filter(reachable::contains).toList();
        }
        boolean optedOut = preferences.optedOutOf(kind);
        if (optedOut && kind.mayBeOptedOut()) {
            return List.of();
        }
        List<Channel> wanted = optedOut ? kind.defaultChannels()
                : preferences.channelsFor(kind).orElse(kind.defaultChannels());
        List<Channel> chosen = new ArrayList<>();
        for (Channel channel : wanted) {
            if (reachable.contains(channel) && !chosen.contains(channel)) {
                chosen.add(channel);
            }
        }
        if (chosen.isEmpty()) {
            FALLBACK.stream().filter(reachable::contains).findFirst().ifPresent(chosen::add);
        }
        return List.copyOf(chosen);
    }
}
