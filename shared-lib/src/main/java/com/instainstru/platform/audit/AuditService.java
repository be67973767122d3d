package com.instainstru.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.audit.AuditRepository.StoredEntry;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.MDC;

/**
 * The audit trail of administrative and security-relevant changes (roles, permissions, account status,
 * privacy actions, rate-limit configuration). {@link #record} joins the caller's transaction, so the entry
 * commits or rolls back with the change it describes. The request id comes from the log MDC, where every
 * HTTP function puts it.
 */
@ApplicationScoped
public class AuditService {

    /** The MDC key under which the HTTP functions keep the current request id. */
    static final String REQUEST_ID_KEY = "requestId";

    private final AuditRepository repository;
    private final Transactions tx;
    private final ObjectMapper json;
    private final IdGenerator ids;
    private final Clock clock;

    public AuditService(AuditRepository repository, Transactions tx, ObjectMapper json, IdGenerator ids,
            Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Writes one entry. {@code before} and {@code after} are serialized to JSON (records, maps, lists or null);
     * they must never hold secrets, and should hold no more personal data than the change needs.
     */
    public void record(String actorId, String action, AuditedEntity entity, Object before, Object after) {
        tx.run(() -> repository.insert(ids.newId(), actorId, action, entity.type(), entity.id(), toJson(before),
                toJson(after), requestId(), clock.instant()));
    }

    /** Every entry about the entity, oldest first. */
    public List<AuditEntry> entriesAbout(AuditedEntity entity) {
        return repository.findByEntity(entity.type(), entity.id()).stream().map(this::entry).toList();
    }

    private AuditEntry entry(StoredEntry stored) {
        return new AuditEntry(stored.id(), stored.actorId(), stored.action(), stored.entityType(), stored.entityId(),
                parse(stored.beforeJson()), parse(stored.afterJson()), stored.requestId(), stored.occurredAt());
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requestId() {
        Object requestId = MDC.get(REQUEST_ID_KEY);
        return requestId == null ? null : requestId.toString();
    }
}
