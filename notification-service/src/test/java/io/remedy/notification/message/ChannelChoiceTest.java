package io.remedy.notification.message;

import io.remedy.notification.delivery.Channel;
import io.remedy.notification.preference.MessagePreferences;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelChoiceTest {

    static final Set<Channel> EVERY = EnumSet.allOf(Channel.class);

    private static MessagePreferences chose(Map<MessageKind, List<Channel>> channels, Set<MessageKind> optOuts) {
        return new MessagePreferences(channels, optOuts, null, null, null);
    }

    @Test
    void withoutPreferencesTheKindsDefaultChannelsAreUsed() {
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), ChannelChoice.choose(MessageKind.BOOKING_CONFIRMATION,
                false, MessagePreferences.NONE, EVERY));
    }

    @Test
    void theRecipientsChannelsForAKindWin() {
        assertEquals(List.of(Channel.SMS), ChannelChoice.choose(MessageKind.BOOKING_CONFIRMATION, false,
                chose(Map.of(MessageKind.BOOKING_CONFIRMATION, List.of(Channel.SMS)), Set.of()), EVERY));
    }

    @Test
    void anOptOutIsHonoured() {
        assertEquals(List.of(), ChannelChoice.choose(MessageKind.POST_SESSION_CARE, false,
                chose(Map.of(), Set.of(MessageKind.POST_SESSION_CARE)), EVERY));
        assertEquals(List.of(), ChannelChoice.choose(MessageKind.HOMEWORK, false,
                chose(Map.of(MessageKind.HOMEWORK, List.of()), Set.of()), EVERY), "no channels is an opt-out too");
    }

    @Test
    void legalAndClinicalMessagesIgnoreAnOptOut() {
        assertEquals(List.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP), ChannelChoice.choose(
                MessageKind.SESSION_CANCELLED, false, chose(Map.of(), Set.of(MessageKind.SESSION_CANCELLED)), EVERY));
        assertEquals(List.of(Channel.EMAIL, Channel.SMS, Channel.IN_APP), ChannelChoice.choose(
                MessageKind.RED_FLAG_ALERT, false, chose(Map.of(MessageKind.RED_FLAG_ALERT, List.of()), Set.of()),
                EVERY));
    }

    @Test
    void urgentMessagesGoOutOnEveryChannelTheRecipientHas() {
        assertEquals(List.of(Channel.EMAIL, Channel.IN_APP), ChannelChoice.choose(MessageKind.RED_FLAG_ALERT, true,
                chose(Map.of(MessageKind.RED_FLAG_ALERT, List.of(Channel.IN_APP)), Set.of(MessageKind.RED_FLAG_ALERT)),
                EnumSet.of(Channel.IN_APP, Channel.EMAIL)));
    }

    @Test
    void whenNoChosenChannelReachesTheRecipientTheFirstThatDoesIsUsed() {
        assertEquals(List.of(Channel.EMAIL), ChannelChoice.choose(MessageKind.SESSION_REMINDER, false,
                MessagePreferences.NONE, EnumSet.of(Channel.EMAIL)), "no phone, no app: the reminder goes by e-mail");
        assertEquals(List.of(), ChannelChoice.choose(MessageKind.SESSION_REMINDER, false, MessagePreferences.NONE,
                EnumSet.noneOf(Channel.class)));
    }
}
