package io.remedy.notification.message;

import io.quarkus.logging.Log;
import io.remedy.contracts.records.NoteOverdue;
import io.remedy.contracts.records.PlanUpdated;
import io.remedy.contracts.records.RedFlagCleared;
import io.remedy.contracts.records.RedFlagRaised;
import io.remedy.notification.plan.HomeworkBook;
import io.remedy.notification.plan.Homework;
import io.remedy.notification.session.KnownLocation;
import io.remedy.notification.session.KnownLocationRepository;
import io.remedy.notification.staff.StaffDirectory;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.event.CloudEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What records' events tell people: homework to the client when a plan changes; red-flag alerts and overdue-note
 * notices to the treating therapist and the location's branch managers. Staff messages carry codes and references
 * only, never clinical notes. Runs inside the inbox's transaction.
 */
@ApplicationScoped
public class ClinicalNotices {

    private final Messenger messenger;
    private final HomeworkBook homework;
    private final KnownLocationRepository locations;
    private final StaffDirectory directory;

    public ClinicalNotices(Messenger messenger, HomeworkBook homework, KnownLocationRepository locations,
                           StaffDirectory directory) {
        this.messenger = messenger;
        this.homework = homework;
        this.locations = locations;
        this.directory = directory;
    }

    /** Keeps the plan's homework and sends it to the client, when the plan is active and has some. */
    public Uni<Integer> planUpdated(CloudEvent event, PlanUpdated plan) {
        List<Homework> items = HomeworkBook.of(plan);
        return homework.learn(event.tenant(), plan).chain(() -> {
            if (plan.status() != PlanUpdated.Status.ACTIVE || items.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return locations.findInTenant(event.tenant(), plan.locationId()).chain(location -> {
                Notice notice = at(Notice.of(MessageKind.HOMEWORK, event), plan.locationId(), location, null)
                        .about(plan.planId())
                        .value("homework", items)
                        .value("planVersion", plan.version())
                        .waitForContact()
                        .build();
                return messenger.send(notice, List.of(new Addressee.Client(plan.clientId())));
            });
        });
    }

    /** Whether an urgent alert also goes to the chain's admins, and why. */
    enum Escalation {
        /** The location's branch managers are on record: they are told. */
        NONE,
        /** The directory knows no branch manager at the location: the chain's admins are told in their place. */
        NO_MANAGER,
        /** Nobody can confirm a manager (no directory, or it failed): the chain's admins are told as well. */
        UNCONFIRMED
    }

    /**
     * Alerts the treating therapist and the location's branch managers. An {@code URGENT} flag goes out at once on
     * every channel they have, ignoring quiet hours and opt-outs, and never to nobody: where no branch manager can be
     * confirmed it is escalated to the chain's admins, and the alert says so.
     */
    public Uni<Integer> redFlagRaised(CloudEvent event, RedFlagRaised flag) {
        boolean urgent = flag.severity() == RedFlagRaised.Severity.URGENT;
        Uni<Escalation> escalation = urgent ? escalation(event.tenant(), flag.locationCode())
                : Uni.createFrom().item(Escalation.NONE);
        return escalation.chain(escalated -> locations.findInTenant(event.tenant(), flag.locationId())
                .chain(location -> {
                    Notice notice = at(Notice.of(MessageKind.RED_FLAG_ALERT, event), flag.locationId(), location,
                            flag.locationCode())
                            .about(flag.redFlagId())
                            .urgent(urgent)
                            .value("urgent", urgent)
                            .value("escalated", escalated != Escalation.NONE)
                            .value("severity", flag.severity() == null ? "REFER" : flag.severity().name())
                            .value("findings", flag.findings().stream().map(Enum::name).toList())
                            .value("clientRef", reference(flag.clientId()))
                            .value("redFlagRef", reference(flag.redFlagId()))
                            .moment("raised", flag.raisedAt())
                            .build();
                    List<Addressee> to = staff(flag.therapistUserId(),
                            escalated == Escalation.NO_MANAGER ? null : flag.locationCode());
                    if (escalated != Escalation.NONE) {
                        Log.infof("Urgent red flag %s escalated to the chain admins: %s", flag.redFlagId(), escalated);
                        to.add(new Addressee.StaffAtLocation(Caller.CHAIN_ADMIN,
                                flag.locationCode() == null ? Caller.ALL_LOCATIONS : flag.locationCode()));
                    }
                    return messenger.send(notice, to);
                }));
    }

    private Uni<Escalation> escalation(String tenant, String locationCode) {
        if (!directory.enabled() || locationCode == null || locationCode.isBlank()) {
            return Uni.createFrom().item(Escalation.UNCONFIRMED);
        }
        return directory.withRoleAt(tenant, Caller.BRANCH_MANAGER, locationCode)
                .map(managers -> managers.isEmpty() ? Escalation.NO_MANAGER : Escalation.NONE)
                .onFailure().recoverWithItem(Escalation.UNCONFIRMED);
    }

    /** Tells the treating therapist and the branch managers that a flag's hold is lifted. */
    public Uni<Integer> redFlagCleared(CloudEvent event, RedFlagCleared cleared) {
        return locations.findInTenant(event.tenant(), cleared.locationId()).chain(location -> {
            Notice notice = at(Notice.of(MessageKind.RED_FLAG_CLEARED, event), cleared.locationId(), location,
                    cleared.locationCode())
                    .about(cleared.redFlagId())
                    .value("clearance", cleared.clearance() == null ? "CLEARED" : cleared.clearance().name())
                    .value("clientRef", reference(cleared.clientId()))
                    .value("redFlagRef", reference(cleared.redFlagId()))
                    .moment("cleared", cleared.clearedAt())
                    .build();
            return messenger.send(notice, staff(cleared.therapistUserId(), cleared.locationCode()));
        });
    }

    /** Asks the therapist, and the location's branch managers, to write and sign an overdue note. */
    public Uni<Integer> noteOverdue(CloudEvent event, NoteOverdue overdue) {
        return locations.findInTenant(event.tenant(), overdue.locationId()).chain(location -> {
            Notice notice = at(Notice.of(MessageKind.NOTE_OVERDUE, event), overdue.locationId(), location,
                    overdue.locationCode())
                    .about(overdue.noteId())
                    .value("clientRef", reference(overdue.clientId()))
                    .value("sessionRef", reference(overdue.sessionId()))
                    .moment("session", overdue.sessionStartsAt())
                    .moment("due", overdue.dueAt())
                    .timeZone(overdue.timeZone())
                    .build();
            return messenger.send(notice, staff(overdue.therapistUserId(), overdue.locationCode()));
        });
    }

    private static Notice.Builder at(Notice.Builder builder, UUID locationId, KnownLocation location,
                                     String locationCode) {
        return builder.at(locationId, locationCode != null ? locationCode : location == null ? null : location.code,
                location == null ? null : location.name, location == null ? null : location.timeZone);
    }

    private static List<Addressee> staff(String therapistUserId, String locationCode) {
        List<Addressee> to = new ArrayList<>();
        if (therapistUserId != null && !therapistUserId.isBlank()) {
            to.add(new Addressee.Staff(therapistUserId));
        }
        if (locationCode != null && !locationCode.isBlank()) {
            to.add(new Addressee.StaffAtLocation(Caller.BRANCH_MANAGER, locationCode));
        }
        return to;
    }

    /** A short reference staff can find the record by, without naming the client in the message. */
    static String reference(UUID id) {
        return id == null ? "-" : id.toString();
    }
}
