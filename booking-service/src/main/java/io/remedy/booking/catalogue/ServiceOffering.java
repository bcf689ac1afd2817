package io.remedy.booking.catalogue;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A therapist offers a service: only they appear in its availability and may be booked for it. */
@Entity
@Table(name = "service_offering")
public class ServiceOffering extends PanacheEntityBase {

    @Id
    public UUID id;

    public String tenant;

    @Column(name = "service_id")
    public UUID serviceId;

    @Column(name = "therapist_id")
    public UUID therapistId;

    static ServiceOffering of(BookableService service, UUID therapistId) {
        ServiceOffering offering = new ServiceOffering();
        offering.id = UUID.randomUUID();
        offering.tenant = service.tenant;
        offering.serviceId = service.id;
        offering.therapistId = therapistId;
        return offering;
    }
}
