package com.instainstru.payments.credits;

/**
 * The result of taking credits back (a revoked milestone, a chargeback freeze): {@code changedCents} were still
 * unspent and changed state; {@code alreadySpentCents} were reserved or applied to a lesson before, so nothing
 * could be taken back from them (a chargeback then blocks the student: payments.disputes, reference §15).
 */
public record CreditClawback(int changedCents, int alreadySpentCents) {
}
