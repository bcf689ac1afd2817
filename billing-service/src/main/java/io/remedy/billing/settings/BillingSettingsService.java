package io.remedy.billing.settings;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.remedy.billing.settings.SettingsView.Settings;
import io.remedy.platform.caller.Caller;
import io.remedy.platform.problem.IfMatch;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The chain's billing settings: read by its staff at the front desk, changed by its chain admins. */
@ApplicationScoped
public class BillingSettingsService {

    /** Settings with the version their ETag names (0: never set). */
    public record Versioned(Settings settings, long version) {
    }

    @WithSession
    public Uni<Versioned> get(Caller caller) {
        caller.requireRole(Caller.CHAIN_ADMIN, Caller.BRANCH_MANAGER, Caller.RECEPTIONIST);
        return BillingSettings.<BillingSettings>findById(caller.tenant())
                .map(row -> row == null ? new Versioned(new Settings(null, null), 0) : view(row));
    }

    /** Replaces the settings; {@code If-Match} must name the version read (0 before the first change). */
    @WithTransaction
    public Uni<Versioned> replace(Caller caller, String ifMatch, Settings request) {
        caller.requireRole(Caller.CHAIN_ADMIN);
        return BillingSettings.<BillingSettings>findById(caller.tenant(), LockModeType.PESSIMISTIC_WRITE)
                .chain(existing -> {
                    IfMatch.require(ifMatch, existing == null ? 0 : existing.version);
                    BillingSettings row = existing != null ? existing : new BillingSettings();
                    row.clinicName = request.clinicName().strip();
                    row.taxRegistrationNumber = blankToNull(request.taxRegistrationNumber());
                    row.updatedBy = caller.userId();
                    row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    if (existing == null) {
                        row.tenant = caller.tenant();
                        // the first stored version is 1: version 0 is "never set", which a chain admin read first
                        row.version = 1;
                        return row.<BillingSettings>persistAndFlush().map(BillingSettingsService::view);
                    }
                    return Panache.flush().map(ignored -> view(row));
                });
    }

    /** The chain's settings for a receipt (no caller: inside another read); null when never set. */
    public static Uni<BillingSettings> of(String tenant) {
        return BillingSettings.findById(tenant);
    }

    private static Versioned view(BillingSettings row) {
        return new Versioned(new Settings(row.clinicName, row.taxRegistrationNumber), row.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
