package io.remedy.console.plan;

import io.remedy.console.api.Booking;
import io.remedy.console.plan.SeriesPage.DateRow;
import io.remedy.console.plan.SeriesPage.Outcome;
import io.remedy.console.plan.SeriesPage.SeriesView;
import io.remedy.console.records.Clock;

import java.util.List;
import java.util.Locale;

/** A proposed series and the outcome of its confirmation as pages show them (the therapist's and the client's). */
public final class SeriesViews {

    private SeriesViews() {
    }

    /** The series with each date in the location's time: a proposed date of an open series can be ticked. */
    public static SeriesView view(ProposalsApi.Proposal proposal, List<Booking.Location> places, Locale locale) {
        Clock clock = new Clock(Clock.zoneOf(places.stream().filter(l -> l.id().equals(proposal.locationId()))
                .map(Booking.Location::timeZone).findFirst().orElse(null)), locale);
        boolean open = "OPEN".equals(proposal.status());
        List<DateRow> dates = proposal.dates() == null ? List.of() : proposal.dates().stream()
                .map(d -> new DateRow(d.startsAt().toString(), clock.dateTime(d.startsAt()),
                        d.phase() == null ? "" : d.phase(), d.status(), open && "PROPOSED".equals(d.status()),
                        d.reason() == null ? "" : d.reason().message()))
                .toList();
        return new SeriesView(proposal.id(), proposal.planVersion(), proposal.status(), open, dates);
    }

    /** How many dates a confirmation booked, and each it did not, with why. */
    public static Outcome outcome(ProposalsApi.ConfirmationResult result, List<ProposalsApi.Proposal> all,
                                  List<Booking.Location> places, Locale locale) {
        Clock clock = new Clock(Clock.zoneOf(all.stream().filter(p -> p.id().equals(result.proposalId()))
                .findFirst().flatMap(p -> places.stream().filter(l -> l.id().equals(p.locationId())).findFirst())
                .map(Booking.Location::timeZone).orElse(null)), locale);
        List<ProposalsApi.DateOutcome> outcomes = result.results() == null ? List.of() : result.results();
        List<String> problems = outcomes.stream().filter(o -> !"BOOKED".equals(o.outcome()))
                .map(o -> clock.dateTime(o.startsAt()) + ": " + (o.message() == null ? o.field() : o.message()))
                .toList();
        return new Outcome(outcomes.size() - problems.size(), problems.size(), problems);
    }
}
