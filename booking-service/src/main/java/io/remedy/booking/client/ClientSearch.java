package io.remedy.booking.client;

import io.remedy.booking.client.ClientView.ClientResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Finds clients by parts of their name, e-mail or phone, a page at a time in name order. Plain SQL, so that each
 * condition is written exactly as the trigram and ordering indexes of the client table are (V4): a search stays an
 * index lookup at a large client base. Erased clients are never found.
 */
@ApplicationScoped
public class ClientSearch {

    /** Digits with the punctuation phone numbers are written with (spaces split words before this is asked). */
    static final Pattern PHONE_LIKE = Pattern.compile("[0-9+()\\-. ]+");
    static final String COLUMNS = "id, given_name, family_name, email, phone, date_of_birth, preferred_location_id, "
            + "preferred_language, user_id, version, erased_at";

    private final Pool pool;

    public ClientSearch(Pool pool) {
        this.pool = pool;
    }

    /** Where the previous page ended: the sort key of its last client. */
    public record After(String familyName, String givenName, UUID id) {
    }

    /**
     * Up to {@code limit + 1} clients matching every word of {@code text} (a word matches the name, the e-mail or,
     * by its digits, the phone) and, when {@code ids} are given, one of them, after {@code after}, ordered by family
     * name, given name and id.
     */
    public Uni<List<ClientResponse>> find(String tenant, String text, List<UUID> ids, After after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM client WHERE tenant = $1 AND erased_at IS NULL");
        List<Object> params = new ArrayList<>();
        params.add(tenant);
        if (!ids.isEmpty()) {
            params.add(ids.toArray(new UUID[0]));
            sql.append(" AND id = ANY($").append(params.size()).append(')');
        }
        for (String word : words(text)) {
            params.add("%" + escape(word) + "%");
            int p = params.size();
            sql.append(" AND (lower(given_name || ' ' || family_name) LIKE $").append(p)
                    .append(" OR lower(email) LIKE $").append(p);
            String digits = word.replaceAll("[^0-9]", "");
            // only a word written like a phone number searches phones: "dcda10d2" must not find "+1 561 555 0102"
            if (PHONE_LIKE.matcher(word).matches() && digits.length() >= 3) {
                params.add("%" + digits + "%");
                sql.append(" OR phone LIKE $").append(params.size());
            }
            sql.append(')');
        }
        if (after != null) {
            params.add(after.familyName());
            params.add(after.givenName());
            params.add(after.id());
            int p = params.size();
            sql.append(" AND (lower(family_name), lower(given_name), id) > ($").append(p - 2).append(", $")
                    .append(p - 1).append(", $").append(p).append(')');
        }
        params.add(limit + 1);
        sql.append(" ORDER BY lower(family_name), lower(given_name), id LIMIT $").append(params.size());
        return pool.preparedQuery(sql.toString()).execute(Tuple.from(params)).map(rows -> {
            List<ClientResponse> found = new ArrayList<>();
            for (Row row : rows) {
                found.add(view(row));
            }
            return found;
        });
    }

    /**
     * The words to match, lower case, at most five. A text that is only a phone number written with spaces or
     * punctuation ("+44 7700 900123") is one word.
     */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (PHONE_LIKE.matcher(text.trim()).matches() && text.replaceAll("[^0-9]", "").length() >= 3) {
            return List.of(text.replaceAll("[^0-9]", ""));
        }
        List<String> words = new ArrayList<>();
        for (String word : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && words.size() < 5) {
                words.add(word);
            }
        }
        return words;
    }

    /** LIKE wildcards typed by a user are searched for literally. */
    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ClientResponse view(Row row) {
        return new ClientResponse(row.getUUID("id"), row.getString("given_name"), row.getString("family_name"),
                row.getString("email"), row.getString("phone"), row.getLocalDate("date_of_birth"),
                row.getUUID("preferred_location_id"), row.getString("preferred_language"), row.getString("user_id"),
                row.getLong("version"), row.getOffsetDateTime("erased_at") == null ? null
                        : row.getOffsetDateTime("erased_at").toInstant());
    }
}
