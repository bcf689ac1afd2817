package io.remedy.console.setup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Part;
import io.remedy.console.page.Viewer;
import io.remedy.console.records.Clock;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One therapist's set-up: where and when they work (the weekly roster, a week per location) and their leave and
 * sickness. Chain admins change every location's hours; a branch manager those at their locations (the API keeps the
 * others as they were, and so does this page).
 */
@Path("/setup/therapists/{id}")
@Produces(MediaType.TEXT_HTML)
public class TherapistSetupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance therapist(TherapistSetup setup);
    }

    /** The page: the therapist, where they work, each location's week, their leave, the forms with their errors. */
    public record TherapistSetup(Setup.Therapist therapist, DetailsForm details, FormErrors detailErrors,
                                 String workplaces, String services,
                                 Part<List<RosterWeek>> roster, long rosterVersion, boolean mayChangeSome,
                                 FormErrors rosterErrors, Part<List<LeaveRow>> leave, List<Setup.Location> locations,
                                 LeaveForm leaveForm, FormErrors leaveErrors, String done) {
    }

    /** The therapist's details as the form shows them. */
    public record DetailsForm(String displayName, String email, String userId, long version) {

        static DetailsForm of(Setup.Therapist therapist) {
            return new DetailsForm(therapist.displayName(), therapist.email() == null ? "" : therapist.email(),
                    therapist.userId() == null ? "" : therapist.userId(), therapist.version());
        }
    }

    /** A location's week of the roster; {@code editable} when the viewer may change hours there. */
    public record RosterWeek(Setup.Location location, Week week, boolean editable, boolean works, String caption) {
    }

    /** A leave as the list shows it. */
    public record LeaveRow(UUID id, String from, String to, String where, String reason, boolean mayRemove) {
    }

    /** The leave form's values: wall-clock from and to at the location chosen (or the therapist's first). */
    public record LeaveForm(String from, String to, String locationId, String reason, String key) {

        static LeaveForm blank() {
            return new LeaveForm("", "", "", "", UUID.randomUUID().toString());
        }
    }

    private record Sent(String done, Week[] weeks, FormErrors rosterErrors, LeaveForm leave, FormErrors leaveErrors,
                        DetailsForm details, FormErrors detailErrors) {

        Sent(String done, Week[] weeks, FormErrors rosterErrors, LeaveForm leave, FormErrors leaveErrors) {
            this(done, weeks, rosterErrors, leave, leaveErrors, null, FormErrors.NONE);
        }
    }

    private final SetupApi setup;
    private final Viewer viewer;

    public TherapistSetupPage(@RestClient SetupApi setup, Viewer viewer) {
        this.setup = setup;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> show(@PathParam("id") UUID id, @RestQuery String done) {
        return render(id, new Sent(done, null, FormErrors.NONE, LeaveForm.blank(), FormErrors.NONE));
    }

    @POST
    public Uni<Object> change(@PathParam("id") UUID id, @RestForm String displayName, @RestForm String email,
                              @RestForm String userId, @RestForm long version) {
        DetailsForm details = new DetailsForm(SetupPage.trim(displayName), SetupPage.trim(email),
                SetupPage.trim(userId), version);
        return setup.changeTherapist(id, SetupApi.version(version), new Setup.TherapistUpdate(details.displayName(),
                        details.email().isEmpty() ? null : details.email(),
                        details.userId().isEmpty() ? null : details.userId()))
                .<Object>map(ok -> Response.seeOther(URI.create("/setup/therapists/" + id + "?done=therapist")).build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> render(id, new Sent(null, null,
                        FormErrors.NONE, LeaveForm.blank(), FormErrors.NONE, details,
                        SetupErrors.of((ApiProblem) failure, SetupErrors::plain)))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    @POST
    @Path("/roster")
    public Uni<Object> setRoster(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, all) -> values.put(name, all.isEmpty() ? "" : all.get(0)));
        String version = values.getOrDefault("version", "0");
        return Uni.combine().all().unis(setup.locations(), setup.roster(id)).asTuple().flatMap(both -> {
            List<Setup.Location> locations = sorted(both.getItem1());
            Setup.Roster current = both.getItem2();
            // a location the viewer does not manage keeps its hours as the API has them, whatever the form says
            List<Week> weeks = new ArrayList<>();
            List<Setup.RosterEntry> entries = new ArrayList<>();
            List<Integer> offsets = new ArrayList<>();
            for (Setup.Location location : locations) {
                Week week = mayChange(location) ? Week.typed(prefix(location), values) : weekOf(location, current);
                offsets.add(entries.size());
                entries.addAll(week.intervals((slot, index) -> new Setup.RosterEntry(location.id(), slot.day(),
                        slot.start(), slot.end())));
                weeks.add(week);
            }
            return setup.setRoster(id, "\"" + version.trim() + "\"", new Setup.RosterUpdate(entries))
                    .<Object>map(ok -> Response.seeOther(URI.create("/setup/therapists/" + id + "?done=roster")).build())
                    .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> {
                        FormErrors errors = SetupErrors.of((ApiProblem) failure, field -> {
                            for (int i = weeks.size() - 1; i >= 0; i--) {
                                if (weeks.get(i).holds(field, offsets.get(i))) {
                                    return weeks.get(i).input(field, offsets.get(i));
                                }
                            }
                            return SetupErrors.plain(field);
                        });
                        return render(id, new Sent(null, weeks.toArray(Week[]::new), errors, LeaveForm.blank(),
                                FormErrors.NONE)).map(page -> Response.status(((ApiProblem) failure).status())
                                .entity(page).build());
                    });
        });
    }

    @POST
    @Path("/leave")
    public Uni<Object> addLeave(@PathParam("id") UUID id, @RestForm String from, @RestForm String to,
                                @RestForm String locationId, @RestForm String reason, @RestForm String key) {
        LeaveForm form = new LeaveForm(SetupPage.trim(from), SetupPage.trim(to), SetupPage.trim(locationId),
                SetupPage.trim(reason), key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        return Uni.combine().all().unis(setup.locations(), setup.roster(id)).asTuple().flatMap(both -> {
            UUID where = form.locationId().isEmpty() ? null : UUID.fromString(form.locationId());
            ZoneId zone = zoneOfLeave(where, sorted(both.getItem1()), both.getItem2());
            return setup.addLeave(form.key(), id, new Setup.NewLeave(at(form.from(), zone), at(form.to(), zone),
                            form.reason().isEmpty() ? null : form.reason(), where))
                    .<Object>map(ok -> Response.seeOther(URI.create("/setup/therapists/" + id + "?done=leave")).build())
                    .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> render(id, new Sent(null, null,
                            FormErrors.NONE, form, SetupErrors.of((ApiProblem) failure, SetupErrors::plain)))
                            .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
        });
    }

    @POST
    @Path("/leave/{leaveId}/remove")
    public Uni<Object> removeLeave(@PathParam("id") UUID id, @PathParam("leaveId") UUID leaveId) {
        return setup.removeLeave(id, leaveId)
                .<Object>map(ok -> Response.seeOther(URI.create("/setup/therapists/" + id + "?done=leave-removed"))
                        .build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> render(id, new Sent(null, null,
                        FormErrors.NONE, LeaveForm.blank(), SetupErrors.of((ApiProblem) failure, SetupErrors::plain)))
                        .map(page -> Response.status(((ApiProblem) failure).status()).entity(page).build()));
    }

    private Uni<TemplateInstance> render(UUID id, Sent sent) {
        return setup.therapist(id).flatMap(therapist -> Uni.combine().all().unis(setup.locations(),
                        Part.of(setup.roster(id)), Part.of(setup.leave(id, Instant.now().toString(), 100)),
                        Part.of(setup.services())).asTuple()
                .map(all -> {
                    List<Setup.Location> locations = sorted(all.getItem1());
                    SetupMessages words = Texts.in(viewer.language(), SetupMessages.class);
                    Part<Setup.Roster> roster = all.getItem2();
                    Part<List<RosterWeek>> weeks = roster.map(r -> {
                        List<RosterWeek> list = new ArrayList<>();
                        for (int i = 0; i < locations.size(); i++) {
                            Setup.Location location = locations.get(i);
                            Week week = sent.weeks() != null ? sent.weeks()[i] : weekOf(location, r);
                            boolean works = r.entries().stream().anyMatch(e -> e.locationId().equals(location.id()));
                            list.add(new RosterWeek(location, week, mayChange(location), works,
                                    words.roster_at(location.name(), location.timeZone())));
                        }
                        return list;
                    });
                    String workplaces = roster.available() ? locations.stream()
                            .filter(l -> roster.value().entries().stream().anyMatch(e -> e.locationId().equals(l.id())))
                            .map(Setup.Location::name).collect(Collectors.joining(", ")) : "";
                    String services = all.getItem4().available() ? all.getItem4().value().stream()
                            .filter(s -> s.therapistIds().contains(id)).map(Setup.Service::name).sorted()
                            .collect(Collectors.joining(", ")) : "";
                    Map<UUID, Setup.Location> byId = locations.stream()
                            .collect(Collectors.toMap(Setup.Location::id, Function.identity()));
                    Part<List<LeaveRow>> leave = all.getItem3().map(page -> page.items().stream().map(l -> {
                        Setup.Location where = l.locationId() == null ? null : byId.get(l.locationId());
                        ZoneId zone = zoneOfLeave(l.locationId(), locations, roster.available() ? roster.value() : null);
                        Clock clock = new Clock(zone, viewer.locale());
                        return new LeaveRow(l.id(), clock.dateTime(l.from()), clock.dateTime(l.to()),
                                where == null ? null : where.name(), l.reason() == null ? "" : l.reason(),
                                where == null ? viewer.isChainAdmin() : mayChange(where));
                    }).toList());
                    return Templates.therapist(new TherapistSetup(therapist,
                            sent.details() != null ? sent.details() : DetailsForm.of(therapist), sent.detailErrors(),
                            workplaces, services, weeks,
                            roster.available() ? roster.value().version() : 0,
                            locations.stream().anyMatch(this::mayChange), sent.rosterErrors(), leave, locations,
                            sent.leave(), sent.leaveErrors(), sent.done()));
                }));
    }

    private static List<Setup.Location> sorted(List<Setup.Location> locations) {
        return locations.stream().sorted(Comparator.comparing(Setup.Location::name)).toList();
    }

    private static String prefix(Setup.Location location) {
        return "at-" + location.code();
    }

    private static Week weekOf(Setup.Location location, Setup.Roster roster) {
        return Week.of(prefix(location), roster == null ? List.of() : roster.entries().stream()
                .filter(e -> e.locationId().equals(location.id()))
                .map(e -> new String[] {e.dayOfWeek(), e.start(), e.end()}).toList());
    }

    /** Leave is typed in the wall clock of its location; leave everywhere in that of the first place they work. */
    static ZoneId zoneOfLeave(UUID locationId, List<Setup.Location> locations, Setup.Roster roster) {
        return locations.stream()
                .filter(l -> locationId != null ? l.id().equals(locationId)
                        : roster != null && roster.entries().stream().anyMatch(e -> e.locationId().equals(l.id())))
                .findFirst().map(l -> Clock.zoneOf(l.timeZone())).orElse(ZoneId.of("UTC"));
    }

    /** A datetime-local value at a zone, or null (the API then names the field). */
    private static OffsetDateTime at(String local, ZoneId zone) {
        try {
            return local.isEmpty() ? null : LocalDateTime.parse(local).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private boolean mayChange(Setup.Location location) {
        return viewer.isChainAdmin() || (viewer.isManager()
                && (viewer.locations().contains("*") || viewer.locations().contains(location.code())));
    }
}
