package io.remedy.console.diary;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.remedy.console.api.ApiProblem;
import io.remedy.console.api.Booking;
import io.remedy.console.api.BookingApi;
import io.remedy.console.api.Catalogue;
import io.remedy.console.api.Problem;
import io.remedy.console.i18n.Texts;
import io.remedy.console.page.Viewer;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The day's diary of one location, for its front desk: sessions by therapist, free times, holds, hires, closures. */
@Path("/diary")
@Produces(MediaType.TEXT_HTML)
public class DiaryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance day(DiaryDay diary);
    }

    private final BookingApi booking;
    private final Viewer viewer;

    public DiaryPage(@RestClient BookingApi booking, Viewer viewer) {
        this.booking = booking;
        this.viewer = viewer;
    }

    @GET
    public Uni<TemplateInstance> day(@RestQuery String location, @RestQuery String date, @RestQuery String service,
                                     @RestQuery String done) {
        if (!viewer.isFrontDesk()) {
            throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
        }
        return Catalogue.load(booking).flatMap(catalogue -> {
            List<Booking.Location> mine = mine(catalogue);
            if (mine.isEmpty()) {
                throw new ApiProblem(new Problem("about:blank", "Forbidden", 403, null, null));
            }
            Booking.Location here = mine.stream().filter(l -> l.id().toString().equals(location)).findFirst()
                    .orElse(mine.get(0));
            ZoneId zone = ZoneId.of(here.timeZone());
            LocalDate day = parseDate(date, LocalDate.now(zone));
            UUID serviceId = catalogue.services().stream().filter(s -> s.id().toString().equals(service))
                    .findFirst().or(() -> catalogue.services().stream().findFirst())
                    .map(Booking.Service::id).orElse(null);
            var from = day.atStartOfDay(zone).toOffsetDateTime();
            var to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
            Uni<List<Booking.Slot>> slots = serviceId == null || day.isBefore(LocalDate.now(zone))
                    ? Uni.createFrom().item(List.of())
                    : booking.availability(serviceId, day, day, here.id(), null, 500).map(Booking.SlotPage::items);
            return Uni.combine().all().unis(booking.rooms(here.id()), booking.sessions(from, to, here.id(), null, null, 500),
                            slots, booking.closures(here.id(), day, day).map(Booking.ClosurePage::items))
                    .asTuple()
                    .flatMap(answers -> {
                        List<Booking.Room> rooms = answers.getItem1();
                        List<Uni<List<Booking.Hire>>> hires = new ArrayList<>();
                        rooms.forEach(room -> hires.add(booking.hires(here.id(), room.id(), from, to).map(Booking.HirePage::items)));
                        Uni<List<Booking.Hire>> allHires = hires.isEmpty() ? Uni.createFrom().item(List.of())
                                : Uni.join().all(hires).andFailFast().map(lists -> lists.stream().flatMap(List::stream).toList());
                        return Uni.combine().all().unis(allHires,
                                        Catalogue.clients(booking, answers.getItem2().stream().map(Booking.Session::clientId).toList()))
                                .with((hireList, clients) -> {
                                    DiaryMessages words = Texts.in(viewer.language(), DiaryMessages.class);
                                    return Templates.day(DiaryDay.build(here, mine, day, viewer.locale(), catalogue, rooms,
                                            answers.getItem2(), clients, answers.getItem3(), answers.getItem4(), hireList,
                                            serviceId, done, viewer.isFrontDesk(), words::status));
                                });
                    });
        });
    }

    /** The locations the viewer may act at, as their token's {@code locations} claim names them. */
    private List<Booking.Location> mine(Catalogue catalogue) {
        List<String> codes = viewer.locations();
        if (codes.contains("*")) {
            return catalogue.locations();
        }
        return catalogue.locations().stream().filter(l -> codes.contains(l.code())).toList();
    }

    static LocalDate parseDate(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
