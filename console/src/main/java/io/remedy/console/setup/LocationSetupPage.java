package io.remedy.console.setup;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One location's set-up: its details (name, time zone, notice and check-in windows), rooms, weekly opening hours and
 * closures. Chain admins and the location's managers change them; everyone else of the chain only reads.
 */
@Path("/setup/locations/{id}")
@Produces(MediaType.TEXT_HTML)
public class LocationSetupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance location(LocationSetup setup);
    }

    /** The page: the location, its parts, what was just done, each form as last sent with its errors. */
    public record LocationSetup(Setup.Location location, boolean mayChange, Part<List<Setup.Room>> rooms,
                                Part<Week> hours, Part<List<ClosureRow>> closures, String done,
                                Details details, FormErrors detailErrors,
                                String roomName, String roomKey, FormErrors roomErrors,
                                FormErrors hourErrors,
                                ClosureForm closure, FormErrors closureErrors) {

        public List<String> zones() {
            return SetupPage.ZONES;
        }
    }

    /** The details form's values. */
    public record Details(String name, String address, String timeZone, String noticeHours,
                          String checkInOpensMinutesBefore, long version) {

        static Details of(Setup.Location location) {
            return new Details(location.name(), location.address() == null ? "" : location.address(),
                    location.timeZone(), String.valueOf(location.noticeHours()),
                    String.valueOf(location.checkInOpensMinutesBefore()), location.version());
        }
    }

    /** A closure as the list shows it. */
    public record ClosureRow(UUID id, String from, String to, boolean oneDay, String reason) {
    }

    /** The new-closure form's values. */
    public record ClosureForm(String from, String to, String reason, String key) {

        static ClosureForm blank() {
            return new ClosureForm("", "", "", UUID.randomUUID().toString());
        }
    }

    /** What a re-rendered page carries besides the location: the form that was sent, with its errors. */
    private record Sent(String done, Details details, FormErrors detailErrors, String roomName, String roomKey,
                        FormErrors roomErrors, Week hours, FormErrors hourErrors, ClosureForm closure,
                        FormErrors closureErrors) {

        static Sent nothing(String done) {
            return new Sent(done, null, FormErrors.NONE, "", UUID.randomUUID().toString(), FormErrors.NONE, null,
                    FormErrors.NONE, ClosureForm.blank(), FormErrors.NONE);
        }
    }

    private final SetupApi setup;
    private final Viewer viewer;

    public LocationSetupPage(@RestClient SetupApi setup, Viewer viewer) {
        this.setup = setup;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> show(@PathParam("id") UUID id, @RestQuery String done) {
        return render(id, Sent.nothing(done));
    }

    @POST
    public Uni<Object> change(@PathParam("id") UUID id, @RestForm String name, @RestForm String address,
                              @RestForm String timeZone, @RestForm String noticeHours,
                              @RestForm String checkInOpensMinutesBefore, @RestForm long version) {
        Details details = new Details(SetupPage.trim(name), SetupPage.trim(address), SetupPage.trim(timeZone),
                SetupPage.trim(noticeHours), SetupPage.trim(checkInOpensMinutesBefore), version);
        FormErrors numbers = Numbers.check(FormErrors.NONE, "noticeHours", details.noticeHours(), viewer);
        numbers = Numbers.check(numbers, "checkInOpensMinutesBefore", details.checkInOpensMinutesBefore(), viewer);
        Sent refused = Sent.nothing(null);
        if (numbers.any()) {
            return refuse(id, 400, new Sent(null, details, numbers, refused.roomName(), refused.roomKey(),
                    FormErrors.NONE, null, FormErrors.NONE, ClosureForm.blank(), FormErrors.NONE));
        }
        // an empty address is sent as one (it removes the address): absent would keep the old one
        return after(id, "changed", setup.changeLocation(id, SetupApi.version(version), new Setup.LocationUpdate(
                        details.name(), details.address(), details.timeZone(), Numbers.of(details.noticeHours()),
                        Numbers.of(details.checkInOpensMinutesBefore()))),
                errors -> new Sent(null, details, errors, "", UUID.randomUUID().toString(), FormErrors.NONE, null,
                        FormErrors.NONE, ClosureForm.blank(), FormErrors.NONE), SetupErrors::plain);
    }

    @POST
    @Path("/rooms")
    public Uni<Object> addRoom(@PathParam("id") UUID id, @RestForm String name, @RestForm String key) {
        String room = SetupPage.trim(name);
        String idempotency = key == null || key.isBlank() ? UUID.randomUUID().toString() : key;
        return after(id, "room", setup.addRoom(idempotency, id, new Setup.NewRoom(room)),
                errors -> new Sent(null, null, FormErrors.NONE, room, idempotency, errors, null, FormErrors.NONE,
                        ClosureForm.blank(), FormErrors.NONE),
                SetupErrors::plain);
    }

    @POST
    @Path("/hours")
    public Uni<Object> setHours(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, all) -> values.put(name, all.isEmpty() ? "" : all.get(0)));
        Week week = Week.typed("hours", values);
        long version = Long.parseLong(values.getOrDefault("version", "0").isBlank() ? "0" : values.get("version"));
        List<Setup.Interval> intervals = week.intervals((slot, index) ->
                new Setup.Interval(slot.day(), slot.start(), slot.end()));
        return after(id, "hours", setup.setOpeningHours(id, SetupApi.version(version),
                        new Setup.OpeningHoursUpdate(intervals)),
                errors -> new Sent(null, null, FormErrors.NONE, "", UUID.randomUUID().toString(), FormErrors.NONE,
                        week, errors, ClosureForm.blank(), FormErrors.NONE),
                field -> week.input(field, 0));
    }

    @POST
    @Path("/closures")
    public Uni<Object> addClosure(@PathParam("id") UUID id, @RestForm String from, @RestForm String to,
                                  @RestForm String reason, @RestForm String key) {
        ClosureForm closure = new ClosureForm(SetupPage.trim(from), SetupPage.trim(to), SetupPage.trim(reason),
                key == null || key.isBlank() ? UUID.randomUUID().toString() : key);
        LocalDate first;
        LocalDate last;
        try {
            first = closure.from().isEmpty() ? null : LocalDate.parse(closure.from());
            // one day: "to" may stay empty
            last = closure.to().isEmpty() ? first : LocalDate.parse(closure.to());
        } catch (DateTimeParseException e) {
            first = null;
            last = null;
        }
        return after(id, "closed", setup.addClosure(closure.key(), id, new Setup.NewClosure(first, last,
                        closure.reason().isEmpty() ? null : closure.reason())),
                errors -> new Sent(null, null, FormErrors.NONE, "", UUID.randomUUID().toString(), FormErrors.NONE,
                        null, FormErrors.NONE, closure, errors),
                SetupErrors::plain);
    }

    @POST
    @Path("/closures/{closureId}/remove")
    public Uni<Object> removeClosure(@PathParam("id") UUID id, @PathParam("closureId") UUID closureId) {
        return after(id, "reopened", setup.removeClosure(id, closureId).replaceWith(Boolean.TRUE),
                errors -> new Sent(null, null, FormErrors.NONE, "", UUID.randomUUID().toString(), FormErrors.NONE,
                        null, FormErrors.NONE, ClosureForm.blank(), errors),
                SetupErrors::plain);
    }

    /** The change made: back to the page saying so; refused: the page again with the API's problem at the form. */
    private Uni<Object> after(UUID id, String done, Uni<?> change, java.util.function.Function<FormErrors, Sent> sent,
                              java.util.function.UnaryOperator<String> rename) {
        return change.<Object>map(ok -> Response.seeOther(URI.create("/setup/locations/" + id + "?done=" + done))
                        .build())
                .onFailure(SetupErrors::formProblem).recoverWithUni(failure -> refuse(id,
                        ((ApiProblem) failure).status(), sent.apply(SetupErrors.of((ApiProblem) failure, rename))));
    }

    private Uni<Object> refuse(UUID id, int status, Sent sent) {
        return render(id, sent).map(page -> Response.status(status).entity(page).build());
    }

    private Uni<TemplateInstance> render(UUID id, Sent sent) {
        return setup.location(id).flatMap(location -> {
            Clock clock = new Clock(Clock.zoneOf(location.timeZone()), viewer.locale());
            String today = LocalDate.now(clock.zone()).toString();
            return Uni.combine().all().unis(Part.of(setup.rooms(id)), Part.of(setup.openingHours(id)),
                            Part.of(setup.closures(id, today, 100)))
                    .with((rooms, hours, closures) -> Templates.location(new LocationSetup(location,
                            mayChange(location),
                            rooms.map(all -> all.stream().sorted(Comparator.comparing(Setup.Room::name)).toList()),
                            sent.hours() != null ? Part.of(sent.hours()) : hours.map(h -> Week.of("hours",
                                    h.intervals().stream().map(i -> new String[] {i.dayOfWeek(), i.start(), i.end()})
                                            .toList())),
                            closures.map(page -> page.items().stream().map(c -> new ClosureRow(c.id(),
                                    clock.day(c.from()), clock.day(c.to()), c.from().equals(c.to()),
                                    c.reason() == null ? "" : c.reason())).toList()),
                            sent.done(), sent.details() != null ? sent.details() : Details.of(location),
                            sent.detailErrors(), sent.roomName(), sent.roomKey(), sent.roomErrors(),
                            sent.hourErrors(), sent.closure(), sent.closureErrors())));
        });
    }

    /** A courtesy: the API decides; chain admins and the location's managers change it. */
    private boolean mayChange(Setup.Location location) {
        return viewer.isChainAdmin() || (viewer.isManager()
                && (viewer.locations().contains("*") || viewer.locations().contains(location.code())));
    }
}
