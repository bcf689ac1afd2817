package io.remedy.notification.settings;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.notification.api.Versioned;
import io.remedy.notification.settings.SettingsView.Settings;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.IfMatch;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Per-chain settings: the reminder offsets and the voice the templates speak in. Chain admins change them. */
@ApplicationScoped
public class ChainSettingsService {

    static final Duration LONGEST_OFFSET = Duration.ofDays(14);

    private final SettingsDefaults defaults;

    public ChainSettingsService(SettingsDefaults defaults) {
        this.defaults = defaults;
    }

    /** How long before a session its reminders go out in this chain; runs in the caller's session. */
    public Uni<List<Duration>> reminderOffsets(String tenant) {
        return ChainSettings.<ChainSettings>findById(tenant)
                .map(row -> row == null ? defaults.reminderOffsets() : row.offsets());
    }

    /** How this chain's messages sound; runs in the caller's session. */
    public Uni<ChainVoice> voice(String tenant) {
        return ChainSettings.<ChainSettings>findById(tenant)
                .map(row -> row == null ? new ChainVoice(null, null, defaults.tone()) : row.voice());
    }

    /** The caller's chain's settings (chain admins); version 0 while they are the defaults. */
    @WithSession
    public Uni<Versioned<Settings>> get(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return ChainSettings.<ChainSettings>findById(caller.tenant()).map(row -> row == null
                ? new Versioned<>(new Settings(iso(defaults.reminderOffsets()), null, null, defaults.tone()), 0)
                : new Versioned<>(view(row), row.version));
    }

    /** Replaces the caller's chain's settings (chain admins); {@code If-Match} must name the version read. */
    @WithTransaction
    public Uni<Versioned<Settings>> replace(Caller caller, String ifMatch, Settings request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        List<Duration> offsets = offsets(request.reminderOffsets());
        return ChainSettings.<ChainSettings>findById(caller.tenant()).flatMap(existing -> {
            IfMatch.require(ifMatch, existing == null ? 0 : existing.version);
            ChainSettings row = existing != null ? existing : new ChainSettings();
            row.offsets(offsets);
            row.chainName = blankToNull(request.chainName());
            row.signature = blankToNull(request.signature());
            row.tone = request.tone();
            row.updatedAt = Instant.now();
            if (existing != null) {
                return Panache.flush().map(ignored -> new Versioned<>(view(row), row.version));
            }
            row.tenant = caller.tenant();
            // the first stored version is 1: version 0 is the defaults a chain admin read before any change
            row.version = 1;
            return row.<ChainSettings>persistAndFlush().map(saved -> new Versioned<>(view(saved), saved.version));
        });
    }

    /** Offsets as sent: ISO-8601 durations of whole minutes, above zero, at most 14 days, each once. */
    static List<Duration> offsets(List<String> sent) {
        List<Duration> offsets = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String field = "reminderOffsets[" + i + "]";
            Duration offset;
            try {
                offset = Duration.parse(sent.get(i));
            } catch (DateTimeParseException | NullPointerException e) {
                errors.add(new FieldError(field, "is not an ISO-8601 duration such as PT24H"));
                continue;
            }
            if (offset.isNegative() || offset.isZero() || offset.compareTo(LONGEST_OFFSET) > 0) {
                errors.add(new FieldError(field, "must be above zero and at most 14 days"));
            } else if (offset.toSeconds() % 60 != 0) {
                errors.add(new FieldError(field, "must be whole minutes"));
            } else if (offsets.contains(offset)) {
                errors.add(new FieldError(field, "is already listed"));
            } else {
                offsets.add(offset);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return offsets.stream().sorted((a, b) -> b.compareTo(a)).toList();
    }

    private static Settings view(ChainSettings row) {
        return new Settings(iso(row.offsets()), row.chainName, row.signature, row.tone);
    }

    private static List<String> iso(List<Duration> offsets) {
        return offsets.stream().map(Duration::toString).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
