package io.remedy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The demo chain's ids a benchmark needs, and free slots found through the availability search. */
final class DemoChain {

    final BenchApi api;
    final String norwich;
    final String anaCosta;
    final String massage60;

    DemoChain(BenchApi api) {
        this.api = api;
        this.norwich = api.idWhere("/locations", "code", "norwich");
        this.anaCosta = api.idWhere("/therapists", "displayName", "Ana Costa");
        this.massage60 = api.idWhere("/services", "name", "Remedial massage 60 min");
    }

    /** A new client of the chain, registered by the front desk, with an email address of its own. */
    String newClient(String email) {
        return api.call("POST", "/clients", Map.of("givenName", "Bench", "familyName", "Client", "email", email,
                "preferredLocationId", norwich), 201).get("id").asText();
    }

    static String benchEmail() {
        return "bench-" + UUID.randomUUID() + "@harbour.test";
    }

    /**
     * A first day for a run's bookings: far enough ahead that the demo diary is not touched, yet inside the two years
     * ahead a booking may be made for, and different from run to run.
     */
    static int farDay() {
        return 120 + (int) (System.currentTimeMillis() / 1000 % 450);
    }

    /**
     * At least {@code wanted} slots of Ana's at Norwich that do not overlap one another, from days far enough
     * ahead ({@code firstDay} days from today) that the demo diary is not touched.
     */
    List<String> freeSlots(int wanted, int firstDay) {
        List<String> starts = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate day = today.plusDays(firstDay);
        // bookings may lie at most two years ahead: a long run (or earlier runs' bookings) wraps back to the first
        // far week rather than asking for a slot the booking service must refuse
        LocalDate lastWeek = today.plusYears(2).minusDays(7);
        boolean wrapped = false;
        String lastEnd = "";
        while (starts.size() < wanted) {
            if (day.isAfter(lastWeek) || wrapped && day.plusDays(7).isAfter(today.plusDays(firstDay))) {
                if (wrapped) {
                    throw new IllegalStateException("Ana has only " + starts.size() + " free slots at Norwich within "
                            + "two years from day " + firstDay + "; " + wanted + " wanted");
                }
                wrapped = true;
                day = today.plusDays(120);
                lastEnd = "";
            }
            String cursor = null;
            do {
                JsonNode page = api.get("/availability?serviceId=" + massage60 + "&locationId=" + norwich
                        + "&therapistId=" + anaCosta + "&from=" + day + "&to=" + day.plusDays(6) + "&limit=200"
                        + (cursor == null ? "" : "&cursor=" + BenchApi.encode(cursor)));
                for (JsonNode slot : page.path("items")) {
                    String startsAt = slot.get("startsAt").asText();
                    // slots come every 15 minutes; keep only those after the previous kept one (incl. buffer)
                    if (lastEnd.isEmpty() || java.time.OffsetDateTime.parse(startsAt)
                            .isAfter(java.time.OffsetDateTime.parse(lastEnd).plusMinutes(15).minusSeconds(1))) {
                        starts.add(startsAt);
                        lastEnd = slot.get("endsAt").asText();
                    }
                }
                cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
            } while (cursor != null && starts.size() < wanted);
            day = day.plusDays(7);
        }
        return starts.subList(0, wanted);
    }

    Map<String, Object> booking(String clientId, String startsAt) {
        return Map.of("locationId", norwich, "serviceId", massage60, "therapistId", anaCosta, "clientId", clientId,
                "startsAt", startsAt);
    }
}
