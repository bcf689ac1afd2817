package io.remedy.records.note;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A later change to a signed note, kept beside the original text, which never changes. */
@Entity
@Table(name = "note_amendment")
public class NoteAmendment extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "note_id")
    public UUID noteId;

    @Column(name = "client_id")
    public UUID clientId;

    public String reason;

    public String text;

    @Column(name = "amended_by")
    public String amendedBy;

    @Column(name = "amended_at")
    public Instant amendedAt;
}
