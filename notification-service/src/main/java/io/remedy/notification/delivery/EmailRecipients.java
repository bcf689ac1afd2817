package io.remedy.notification.delivery;

import io.remedy.notification.message.MessageKind;
import io.remedy.notification.preference.MessagePreferences;
import io.remedy.notification.preference.PreferenceService;
import io.remedy.notification.staff.StaffDirectory;
import io.remedy.notification.staff.StaffMember;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Whom an e-mail goes to, at send time: a client's address is in the message; staff addresses come from the
 * directory; a message to a role goes to every member who did not opt out of its kind.
 */
@ApplicationScoped
class EmailRecipients {

    private final StaffDirectory directory;
    private final PreferenceService preferences;

    EmailRecipients(StaffDirectory directory, PreferenceService preferences) {
        this.directory = directory;
        this.preferences = preferences;
    }

    /**
     * A client's address is in the message; staff addresses come from the directory at send time. A message to a
     * role goes to every member who did not opt out of it (empty: nobody left); no member at all is a failure.
     */
    Uni<List<String>> of(Delivery delivery) {
        return switch (delivery.recipientKind) {
            case CLIENT -> Uni.createFrom().item(delivery.address == null ? List.<String>of()
                    : List.of(delivery.address)).invoke(found -> requireSome(found, "The client has no e-mail address"));
            case STAFF -> directory.member(delivery.tenant, delivery.recipientUserId)
                    .map(member -> member.map(StaffMember::email).filter(a -> !a.isBlank()).map(List::of)
                            .orElse(List.of()))
                    .invoke(found -> requireSome(found, "The directory has no e-mail address for this user"));
            case ROLE -> directory.withRoleAt(delivery.tenant, delivery.recipientRole, delivery.locationCode)
                    .invoke(members -> requireSome(members, "Nobody holds this role at this location"))
                    .chain(members -> preferences.ofAll(delivery.tenant,
                                    members.stream().map(StaffMember::userId).toList())
                            .map(chosen -> members.stream()
                                    .filter(member -> wantsEmail(delivery, chosen.get(member.userId())))
                                    .map(StaffMember::email)
                                    .filter(address -> address != null && !address.isBlank())
                                    .distinct()
                                    .toList()));
        };
    }

    private static void requireSome(List<?> found, String why) {
        if (found.isEmpty()) {
            throw new SendFailure(SendFailure.NO_ADDRESS, why, true);
        }
    }

    /** A member of a role gets the group's e-mail unless they opted out of the kind (urgent alerts: always). */
    private static boolean wantsEmail(Delivery delivery, MessagePreferences chosen) {
        if (chosen == null || delivery.urgent) {
            return true;
        }
        MessageKind kind;
        try {
            kind = MessageKind.valueOf(delivery.kind);
        } catch (IllegalArgumentException unknown) {
            return true;
        }
        if (!kind.mayBeOptedOut()) {
            return true;
        }
        return !chosen.optedOutOf(kind)
                && chosen.channelsFor(kind).map(channels -> channels.contains(Channel.EMAIL)).orElse(true);
    }
}
