package io.remedy.local;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One demo chain as the seed built it, by name: what the diary and the clinical records are then seeded against.
 *
 * @param locations  by code
 * @param services   ids by name
 * @param therapists by display name
 * @param shifts     the therapists' weekly rosters
 * @param clients    every demo client of the chain
 */
record DemoChain(String tenant, String admin, Map<String, Location> locations, Map<String, String> services,
                 Map<String, Therapist> therapists, List<Shift> shifts, List<Client> clients) {

    /** A location: its id, code, time zone and the user who keeps its front desk in the demo. */
    record Location(String id, String code, ZoneId zone, String frontDesk) {
    }

    /** A therapist: the booking id, and the demo user who signs in as them (null when they have no login). */
    record Therapist(String id, String name, String user) {
    }

    /** A weekly working interval of a therapist at a location, wall-clock in the location's zone. */
    record Shift(String therapist, String location, DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /**
     * A client of the chain: who they are, where they usually go and, for a regular, their weekly appointment.
     *
     * @param user    the client's own login, or null
     * @param regular their standing weekly appointment, or null
     */
    record Client(String id, String givenName, String familyName, String email, String location, String user,
                  Regular regular) {

        String name() {
            return givenName + " " + familyName;
        }
    }

    /** A standing weekly appointment with one therapist. */
    record Regular(String therapist, DayOfWeek day, LocalTime time) {
    }

    Location location(String code) {
        Location location = locations.get(code);
        if (location == null) {
            throw new IllegalArgumentException("no location " + code + " in " + tenant);
        }
        return location;
    }

    Therapist therapist(String name) {
        Therapist therapist = therapists.get(name);
        if (therapist == null) {
            throw new IllegalArgumentException("no therapist " + name + " in " + tenant);
        }
        return therapist;
    }

    String service(String name) {
        String id = services.get(name);
        if (id == null) {
            throw new IllegalArgumentException("no service " + name + " in " + tenant);
        }
        return id;
    }
}
