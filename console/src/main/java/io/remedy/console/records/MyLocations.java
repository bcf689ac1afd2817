package io.remedy.console.records;

import io.remedy.console.api.Booking;
import io.remedy.console.page.Viewer;

import java.util.List;

/** The locations a form offers: those of the chain the viewer may act at, by their token's {@code locations}. */
public final class MyLocations {

    private MyLocations() {
    }

    public static List<Booking.Location> of(Viewer viewer, List<Booking.Location> chain) {
        List<String> mine = viewer.locations();
        if (mine.contains("*")) {
            return chain;
        }
        return chain.stream().filter(location -> mine.contains(location.code())).toList();
    }
}
