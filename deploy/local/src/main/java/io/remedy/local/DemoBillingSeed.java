package io.remedy.local;

import io.remedy.local.DemoDiarySeed.Diary;
import io.remedy.local.DemoDiarySeed.Outcome;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.remedy.local.DemoApi.object;

/**
 * The money of a demo chain's month, as its front desks took it: of each location's invoices (billing issues them
 * from the completed sessions, missed sessions and late cancellations the diary made), the older ones paid in cash or
 * by card, one part paid, one paid by card and partly refunded at the client's request; the newest stay owed. So the
 * revenue report and a client's invoices show every state. It runs once: a chain with any payment is left as it is.
 */
final class DemoBillingSeed {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Duration POLL = Duration.ofSeconds(2);
    /** What becomes of a location's invoices, oldest first; the rest stay owed. */
    private static final List<String> PLAN = List.of("CASH", "CARD_TERMINAL", "CASH", "PART", "REFUND",
            "CARD_TERMINAL", "CASH", "CARD_TERMINAL");

    private final HttpClient http;
    private final LocalStack stack;

    DemoBillingSeed(HttpClient http, LocalStack stack) {
        this.http = http;
        this.stack = stack;
    }

    /** Takes the payments of the chain's invoices, once; a summary of what there is. */
    String seed(DemoChain chain, Diary diary) {
        DemoApi admin = new DemoApi(http, stack, chain.admin());
        long charged = diary.visits().stream().filter(v -> v.status() == Outcome.COMPLETED).count();
        List<Map<String, Object>> invoices = invoicesOnceIssued(admin, charged);
        if (invoices.stream().anyMatch(i -> !"ISSUED".equals(i.get("status")))) {
            return invoices.size() + " invoices, payments taken before";
        }
        Map<String, List<Map<String, Object>>> byLocation = new LinkedHashMap<>();
        invoices.stream()
                .filter(i -> "INVOICE".equals(i.get("kind")))
                .sorted(Comparator.comparing(i -> Instant.parse((String) i.get("issuedAt"))))
                .forEach(i -> byLocation.computeIfAbsent((String) i.get("locationCode"), code -> new ArrayList<>())
                        .add(i));
        int paid = 0;
        int part = 0;
        int refunds = 0;
        for (Map.Entry<String, List<Map<String, Object>>> location : byLocation.entrySet()) {
            DemoApi desk = new DemoApi(http, stack, chain.location(location.getKey()).frontDesk());
            List<Map<String, Object>> owed = location.getValue();
            // the newest third stays owed
            int settled = Math.min(PLAN.size(), owed.size() - owed.size() / 3);
            for (int n = 0; n < settled; n++) {
                Map<String, Object> invoice = owed.get(n);
                String path = "/billing/invoices/" + invoice.get("id");
                int total = ((Number) invoice.get("totalCents")).intValue();
                if (total <= 0) {
                    continue;
                }
                switch (PLAN.get(n)) {
                    case "PART" -> {
                        desk.post(path + "/payments", object("method", "CASH", "amountCents", Math.max(1, total / 2)),
                                201);
                        part++;
                    }
                    case "REFUND" -> {
                        Map<String, Object> payment = desk.post(path + "/payments",
                                object("method", "CARD_TERMINAL", "amountCents", total), 201);
                        desk.post(path + "/refunds", object("paymentId", payment.get("id"),
                                "amountCents", Math.max(1, total / 4), "reason", "CLIENT_REQUEST"), 201);
                        refunds++;
                    }
                    default -> {
                        desk.post(path + "/payments", object("method", PLAN.get(n), "amountCents", total), 201);
                        paid++;
                    }
                }
            }
        }
        return invoices.size() + " invoices: " + paid + " paid, " + part + " part paid, " + refunds
                + " partly refunded, the rest owed";
    }

    /** The chain's invoices once billing has issued those of the completed sessions (or patience ran out). */
    private static List<Map<String, Object>> invoicesOnceIssued(DemoApi admin, long charged) {
        Instant deadline = Instant.now().plus(PATIENCE);
        List<Map<String, Object>> invoices = admin.all("/billing/invoices?limit=200");
        while (invoices.size() < charged && Instant.now().isBefore(deadline)) {
            DemoApi.sleep(POLL);
            invoices = admin.all("/billing/invoices?limit=200");
        }
        return invoices;
    }
}
