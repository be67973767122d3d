package com.instainstru.payments.credits;

/**
 * The result of taking credits back (a revoked milestone, a chargeback freeze): {@code changedCents} were still
 * unspent and changed state; {@code alreadySpentCents} were reserved or applied to a lesson before, so nothing
 * could be taken back from them (the negative balance of reference §15 is not built yet).
 */
public record CreditClawback(int changedCents, int alreadySpentCents) {
}
