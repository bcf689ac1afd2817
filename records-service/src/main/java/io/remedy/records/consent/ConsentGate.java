package io.remedy.records.consent;

import io.remedy.platform.problem.FieldError;
import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** No assessment, plan or note is written without a current treatment consent: otherwise a 409 naming consent. */
@ApplicationScoped
public class ConsentGate {

    private final ConsentRepository consents;

    public ConsentGate(ConsentRepository consents) {
        this.consents = consents;
    }

    public Uni<Void> requireTreatmentConsent(String tenant, UUID clientId) {
        return consents.hasCurrent(tenant, clientId, ConsentKind.TREATMENT).map(current -> {
            if (!current) {
                throw ProblemException.conflict("The client has no current treatment consent",
                        new FieldError("consent", "a current TREATMENT consent is required"));
            }
            return null;
        });
    }
}
