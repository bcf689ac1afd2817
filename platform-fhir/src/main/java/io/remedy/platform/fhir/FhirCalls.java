package io.remedy.platform.fhir;

import io.remedy.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Runs a FHIR request on the services' use cases, turning their problems into OperationOutcomes. */
public final class FhirCalls {

    private FhirCalls() {
    }

    /**
     * The use case's answer; a {@link ProblemException} it throws (at once or later) becomes the same refusal as a
     * {@link FhirException}.
     */
    public static <T> Uni<T> answer(Supplier<Uni<? extends T>> call) {
        return Uni.createFrom().<T>deferred(call)
                .onFailure(ProblemException.class).transform(FhirCalls::refusal);
    }

    private static Throwable refusal(Throwable failure) {
        return FhirException.of((ProblemException) failure);
    }
}
