/**
 * What every Remedy service needs alike, written once: {@link io.remedy.platform.caller.Caller} (who calls, from the
 * token) and {@link io.remedy.platform.problem.ProblemException} (RFC 9457 errors) from remedy-platform-web, the
 * transactional
 * {@link io.remedy.platform.outbox.Outbox} and its relay, the idempotent consumer
 * {@link io.remedy.platform.inbox.Inbox}, and {@link io.remedy.platform.idempotency.Idempotency} keys for POSTs.
 * Small, no business rules.
 */
package io.remedy.platform;
