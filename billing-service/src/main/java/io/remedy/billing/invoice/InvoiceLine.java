package io.remedy.billing.invoice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One line of an invoice: the service given, by whom, on which day, at what price and tax. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "invoice_id")
    public UUID invoiceId;

    public int position;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "service_name")
    public String serviceName;

    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "therapist_name")
    public String therapistName;

    /** The day of the session, in the location's time zone. */
    /** The therapist's professional registration number when the session was invoiced; null when not held. */
    @Column(name = "therapist_registration_number")
    public String therapistRegistrationNumber;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "net_cents")
    public int netCents;

    /** Percent, e.g. 20.00. */
    @Column(name = "tax_rate")
    public BigDecimal taxRate;

    @Column(name = "tax_cents")
    public int taxCents;

    @Column(name = "gross_cents")
    public int grossCents;
}
