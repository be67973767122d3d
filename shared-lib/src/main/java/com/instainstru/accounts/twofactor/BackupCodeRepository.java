package com.instainstru.accounts.twofactor;

import com.instainstru.platform.db.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class BackupCodeRepository {

    private final Jdbc jdbc;

    public BackupCodeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String id, String userId, String codeHash, Instant now) {
        jdbc.update("INSERT INTO backup_codes (id, user_id, code_hash, created_at) VALUES (?, ?, ?, ?)",
                id, userId, codeHash, now);
    }

    public List<StoredBackupCode> unused(String userId) {
        return jdbc.query("SELECT id, code_hash FROM backup_codes WHERE user_id = ? AND used_at IS NULL ORDER BY id",
                row -> new StoredBackupCode(row.trimmed("id"), row.string("code_hash")), userId);
    }

    /** Marks the code used unless it already is: false when a concurrent request used it first. */
    public boolean markUsed(String id, Instant now) {
        return jdbc.update("UPDATE backup_codes SET used_at = ? WHERE id = ? AND used_at IS NULL", now, id) == 1;
    }

    public int deleteAll(String userId) {
        return jdbc.update("DELETE FROM backup_codes WHERE user_id = ?", userId);
    }
}
