package io.remedy.notification.preference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.notification.api.Versioned;
import io.remedy.notification.delivery.Channel;
import io.remedy.notification.message.Languages;
import io.remedy.notification.message.MessageKind;
import io.remedy.notification.preference.PreferenceView.Preferences;
import io.remedy.notification.preference.PreferenceView.QuietHoursView;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Reads and changes a user's own preferences, and tells the messages what a recipient chose. */
@ApplicationScoped
public class PreferenceService {

    private static final TypeReference<Map<MessageKind, List<Channel>>> CHANNELS = new TypeReference<>() {
    };
    private static final TypeReference<List<MessageKind>> KINDS = new TypeReference<>() {
    };

    private final PreferenceRepository preferences;
    private final ObjectMapper json;

    public PreferenceService(PreferenceRepository preferences, ObjectMapper json) {
        this.preferences = preferences;
        this.json = json;
    }

    /** What a recipient chose ({@link MessagePreferences#NONE} if nothing); runs in the caller's session. */
    public Uni<MessagePreferences> of(String tenant, String userId) {
        if (userId == null) {
            return Uni.createFrom().item(MessagePreferences.NONE);
        }
        return preferences.findOf(tenant, userId)
                .map(row -> row == null ? MessagePreferences.NONE : toDomain(row));
    }

    /** What each of these users chose, by user id (absent: nothing chosen). */
    public Uni<Map<String, MessagePreferences>> ofAll(String tenant, Collection<String> userIds) {
        return preferences.findOfAll(tenant, userIds).map(rows -> {
            Map<String, MessagePreferences> byUser = new HashMap<>();
            rows.forEach(row -> byUser.put(row.userId, toDomain(row)));
            return byUser;
        });
    }

    /** The caller's own preferences; version 0 while they never changed them. */
    @WithSession
    public Uni<Versioned<Preferences>> mine(Caller caller) {
        return preferences.findOf(caller.tenant(), caller.userId())
                .map(row -> row == null ? new Versioned<>(view(MessagePreferences.NONE), 0)
                        : new Versioned<>(view(toDomain(row)), row.version));
    }

    /** Replaces the caller's preferences; {@code If-Match} must name the version read (428 without, 412 stale). */
    @WithTransaction
    public Uni<Versioned<Preferences>> replace(Caller caller, String ifMatch, Preferences request) {
        MessagePreferences wanted = validated(request);
        return preferences.findOf(caller.tenant(), caller.userId()).flatMap(existing -> {
            IfMatch.require(ifMatch, existing == null ? 0 : existing.version);
            Preference row = existing != null ? existing : new Preference();
            write(row, wanted);
            row.updatedAt = Instant.now();
            if (existing != null) {
                return preferences.flush().map(ignored -> new Versioned<>(view(wanted), row.version));
            }
            row.id = UUID.randomUUID();
            row.tenant = caller.tenant();
            row.userId = caller.userId();
            // the first stored version is 1: version 0 is the defaults a caller read before any change
            row.version = 1;
            return preferences.persistAndFlush(row).map(saved -> new Versioned<>(view(wanted), saved.version));
        });
    }

    /** Removes a user's preferences (their account is gone). */
    public Uni<Void> forget(String tenant, String userId) {
        if (userId == null) {
            return Uni.createFrom().voidItem();
        }
        return preferences.delete("tenant = ?1 and userId = ?2", tenant, userId).replaceWithVoid();
    }

    private static MessagePreferences validated(Preferences request) {
        if (request.timeZone() != null) {
            try {
                ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                throw ProblemException.validation("timeZone", "is not an IANA time zone such as Europe/London");
            }
        }
        if (request.language() != null && !Languages.isSupported(request.language())) {
            throw ProblemException.validation("language", "must be one of " + String.join(", ", Languages.SUPPORTED));
        }
        QuietHours quiet = null;
        QuietHoursView hours = request.quietHours();
        if (hours != null) {
            if (hours.start().equals(hours.end())) {
                throw ProblemException.validation("quietHours.end", "must differ from the start");
            }
            quiet = new QuietHours(hours.start(), hours.end());
        }
        Map<MessageKind, List<Channel>> channels = new EnumMap<>(MessageKind.class);
        if (request.channels() != null) {
            request.channels().forEach((kind, list) -> {
                if (kind == null) {
                    throw ProblemException.validation("channels", "names an unknown kind of message");
                }
                if (list != null && list.stream().anyMatch(Objects::isNull)) {
                    throw ProblemException.validation("channels." + kind, "names an unknown channel");
                }
                channels.put(kind, list == null ? List.of() : List.copyOf(new LinkedHashSet<>(list)));
            });
        }
        Set<MessageKind> optOuts = EnumSet.noneOf(MessageKind.class);
        if (request.optOuts() != null) {
            for (MessageKind kind : request.optOuts()) {
                if (kind == null) {
                    throw ProblemException.validation("optOuts", "names an unknown kind of message");
                }
                optOuts.add(kind);
            }
        }
        return new MessagePreferences(channels, optOuts, quiet, request.timeZone(),
                request.language() == null ? null : Languages.closest(request.language()));
    }

    private void write(Preference row, MessagePreferences wanted) {
        try {
            row.channels = json.writeValueAsString(wanted.channels());
            row.optOuts = json.writeValueAsString(wanted.optOuts().stream().sorted().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Preferences cannot be written as JSON", e);
        }
        row.quietStart = wanted.quiet().map(QuietHours::start).orElse(null);
        row.quietEnd = wanted.quiet().map(QuietHours::end).orElse(null);
        row.timeZone = wanted.timeZone();
        row.language = wanted.language();
    }

    private MessagePreferences toDomain(Preference row) {
        try {
            Map<MessageKind, List<Channel>> channels = json.readValue(row.channels, CHANNELS);
            List<MessageKind> optOuts = json.readValue(row.optOuts, KINDS);
            QuietHours quiet = row.quietStart == null || row.quietEnd == null ? null
                    : new QuietHours(row.quietStart, row.quietEnd);
            return new MessagePreferences(channels, Set.copyOf(optOuts), quiet, row.timeZone, row.language);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored preferences are not readable", e);
        }
    }

    private static Preferences view(MessagePreferences preferences) {
        Map<MessageKind, List<Channel>> channels = new EnumMap<>(MessageKind.class);
        channels.putAll(preferences.channels());
        return new Preferences(channels, preferences.optOuts().stream().sorted().toList(),
                preferences.quiet().map(q -> new QuietHoursView(q.start(), q.end())).orElse(null),
                preferences.timeZone(), preferences.language());
    }
}
