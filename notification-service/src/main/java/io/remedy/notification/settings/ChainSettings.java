package io.remedy.notification.settings;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A chain's notification settings; absent until a chain admin changes the defaults. */
@Entity
@Table(name = "chain_settings")
public class ChainSettings extends PanacheEntityBase {

    @Id
    public String tenant;

    /** Minutes before a session, comma-separated (e.g. {@code 1440,120}); empty for no reminders. */
    @Column(name = "reminder_offsets")
    public String reminderOffsets;

    @Column(name = "chain_name")
    public String chainName;

    public String signature;

    @Enumerated(EnumType.STRING)
    public Tone tone;

    @Version
    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<Duration> offsets() {
        if (reminderOffsets == null || reminderOffsets.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reminderOffsets.split(",")).map(String::trim)
                .map(minutes -> Duration.ofMinutes(Long.parseLong(minutes))).toList();
    }

    public void offsets(List<Duration> offsets) {
        reminderOffsets = offsets.stream().map(d -> String.valueOf(d.toMinutes())).collect(Collectors.joining(","));
    }

    public ChainVoice voice() {
        return new ChainVoice(chainName, signature, tone);
    }
}
