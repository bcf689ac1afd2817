package io.remedy.console.me;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * "Who looked at my record": the audit trail of the client's own clinical record (who by name and role, what, when,
 * where), and the download of everything the client may read about themself.
 */
@Path("/me/record")
@Produces(MediaType.TEXT_HTML)
public class RecordAccessPage {

    /** One line of the trail in the client's words. */
    public record Access(String when, String who, String role, String action, String part, String where) {
    }

    public record Trail(Part<List<Access>> entries, String older, boolean paged) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(Trail trail);
    }

    static final int PAGE = 50;

    private final BookingApi booking;
    private final MyRecordApi record;
    private final Viewer viewer;

    public RecordAccessPage(@RestClient BookingApi booking, @RestClient MyRecordApi record, Viewer viewer) {
        this.booking = booking;
        this.record = record;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> trail(@RestQuery String cursor) {
        String after = cursor == null || cursor.isBlank() ? null : cursor;
        SelfMessages words = Texts.in(viewer.language(), SelfMessages.class);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(viewer.locale());
        // who the client is and the chain's locations at once; then the trail of their record
        Uni<Part<Catalogue>> places = Part.of(Catalogue.load(booking));
        Uni<Part<MyRecordApi.AuditPage>> trail = Part.of(booking.me().flatMap(me -> record.audit(me.id(), PAGE, after)));
        return Uni.combine().all().unis(places, trail).asTuple().map(answers -> {
            Part<MyRecordApi.AuditPage> part = answers.getItem2();
            List<Booking.Location> locations = answers.getItem1().available() ? answers.getItem1().value().locations()
                    : List.of();
            Part<List<Access>> lines = part.map(page -> page.items().stream()
                    .map(entry -> {
                        Booking.Location where = locations.stream()
                                .filter(l -> l.code().equals(entry.location())).findFirst().orElse(null);
                        // the time as the clinic's clock read it (the first location's when the entry names none)
                        ZoneId zone = where != null ? ZoneId.of(where.timeZone())
                                : locations.isEmpty() ? ZoneId.of("UTC") : ZoneId.of(locations.get(0).timeZone());
                        return new Access(entry.at().atZone(zone).format(format),
                                entry.actorName() == null || entry.actorName().isBlank() ? words.actor_unnamed()
                                        : entry.actorName(),
                                role(words, entry.actorRole()), action(words, entry.action()),
                                part(words, entry.resource()),
                                where != null ? where.name() : entry.location() == null ? "" : entry.location());
                    })
                    .toList());
            String next = part.available() ? part.value().nextCursor() : null;
            String older = next == null ? null : java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
            return Templates.record(new Trail(lines, older, after != null));
        });
    }

    static String role(SelfMessages words, String role) {
        return switch (role == null ? "" : role) {
            case "client" -> words.role_client();
            case "therapist" -> words.role_therapist();
            case "branch-manager" -> words.role_branch_manager();
            case "chain-admin" -> words.role_chain_admin();
            case "receptionist" -> words.role_receptionist();
            case "system" -> words.role_system();
            default -> role == null ? "" : role;
        };
    }

    static String action(SelfMessages words, String action) {
        return switch (action == null ? "" : action) {
            case "READ" -> words.action_READ();
            case "CREATE" -> words.action_CREATE();
            case "UPDATE" -> words.action_UPDATE();
            case "SIGN" -> words.action_SIGN();
            case "AMEND" -> words.action_AMEND();
            case "CLEAR" -> words.action_CLEAR();
            case "WITHDRAW" -> words.action_WITHDRAW();
            case "EXPORT" -> words.action_EXPORT();
            case "ERASE" -> words.action_ERASE();
            case "REFUSED" -> words.action_REFUSED();
            default -> action == null ? "" : action;
        };
    }

    /** The part of the record in words; ids in the resource (plan/&lt;id&gt;) mean nothing to the client. */
    static String part(SelfMessages words, String resource) {
        String kind = resource == null ? "" : resource.split("/", 2)[0];
        boolean versions = resource != null && resource.contains("/");
        return switch (kind) {
            case "intake" -> words.part_intake();
            case "consents" -> words.part_consents();
            case "consent" -> words.part_consent();
            case "red-flags" -> words.part_red_flags();
            case "red-flag" -> words.part_red_flag();
            case "assessments" -> words.part_assessments();
            case "assessment" -> words.part_assessment();
            case "plans" -> words.part_plans();
            case "plan" -> words.part_plan();
            case "homework" -> words.part_homework();
            case "progress" -> words.part_progress();
            case "session-notes" -> words.part_session_notes();
            case "session-note" -> versions ? words.part_session_note() : words.part_session_notes();
            case "export", "client" -> words.part_record();
            case "audit" -> words.part_audit();
            default -> kind;
        };
    }
}
