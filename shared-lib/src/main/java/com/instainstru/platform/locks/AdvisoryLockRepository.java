package com.instainstru.platform.locks;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PostgreSQL transaction-level advisory locks on a string key: serializes check-then-write sequences (count
 * recent sends, then insert one) per key without a row to lock. Released at commit or rollback; must be
 * called inside a transaction.
 */
@ApplicationScoped
public class AdvisoryLockRepository {

    private final Jdbc jdbc;

    public AdvisoryLockRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void lock(String key) {
        jdbc.queryOne("SELECT pg_advisory_xact_lock(hashtextextended(?, 0)) IS NULL AS locked", row -> true, key);
    }
}
