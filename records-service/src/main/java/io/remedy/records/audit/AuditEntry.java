package io.remedy.records.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read or change of a client's clinical record: who, with which roles, what, where from, when. */
@Entity
@Table(name = "clinical_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "client_id")
    public UUID clientId;

    /** The actor's login id (the token's subject), or {@code system}. */
    public String actor;

    /** The actor's name as the token gave it. */
    @Column(name = "actor_name")
    public String actorName;

    /** The actor's platform role (the most powerful they held), or {@code system}. */
    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_roles")
    public String actorRoles;

    public String action;

    public String resource;

    /** The location the data belongs to, when it belongs to one. */
    public String location;

    /** The caller's location scope at the time (the token's {@code locations} claim). */
    @Column(name = "actor_locations")
    public String actorLocations;

    public Instant at;
}
