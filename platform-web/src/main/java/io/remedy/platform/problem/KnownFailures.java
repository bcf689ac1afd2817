package io.remedy.platform.problem;

/**
 * Failures a module knows to be the client's problem rather than a fault, e.g. remedy-platform's unique and
 * exclusion violations of the database. The last-resort exception mapper asks every such bean, before it looks for
 * a {@link ProblemException} among the causes and before it answers 500.
 */
public interface KnownFailures {

    /** The problem to answer for {@code failure} (or for a failure it was caused by); null if not known here. */
    ProblemException problemFor(Throwable failure);
}
