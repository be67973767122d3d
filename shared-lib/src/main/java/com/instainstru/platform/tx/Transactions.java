package com.instainstru.platform.tx;

import java.util.function.Supplier;

/**
 * The transaction boundary services use. Work inside {@link #call} commits together or not at all;
 * a call made while a transaction is open joins it. Never call Stripe, Checkr, email or a queue inside:
 * read, commit, call out, then record the result in a new transaction.
 */
public interface Transactions {

    <T> T call(Supplier<T> work);

    default void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the open transaction has committed, or right away when none is open.
     * A rollback drops it. Actions run in registration order, outside any transaction; one that throws is
     * logged and does not affect the commit or the other actions. For side effects that must not be seen
     * before the data they describe, such as cache invalidation.
     */
    void afterCommit(Runnable action);
}
