package io.remedy.billing.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One read or change of financial data: who, with which role, what, whose, where, when. */
@Entity
@Table(name = "financial_audit")
public class FinancialAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    /** The actor's login id (the token's subject), or {@code system}. */
    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String action;

    public String resource;

    @Column(name = "client_id")
    public UUID clientId;

    @Column(name = "location_code")
    public String locationCode;

    public Instant at;
}
