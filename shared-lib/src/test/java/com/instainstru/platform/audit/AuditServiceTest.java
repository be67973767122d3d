package com.instainstru.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.TestPlatform;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final TestPlatform platform = new TestPlatform(clock);
    private final AuditService audit = new AuditService(new AuditRepository(platform.jdbc), platform.tx,
            platform.json, platform.ids, platform.clock);
    private final AuditedEntity entity = AuditedEntity.user(platform.ids.newId());

    @AfterEach
    void clearMdc() {
        MDC.remove(AuditService.REQUEST_ID_KEY);
    }

    @Test
    void recordsActorActionStatesRequestAndTime() {
        String actor = platform.ids.newId();
        MDC.put(AuditService.REQUEST_ID_KEY, "req-42");

        audit.record(actor, "access.roles_replaced", entity, Map.of("roles", List.of("student")),
                Map.of("roles", List.of("instructor")));

        List<AuditEntry> entries = audit.entriesAbout(entity);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actorId()).isEqualTo(actor);
            assertThat(entry.action()).isEqualTo("access.roles_replaced");
            assertThat(entry.before().path("roles").get(0).asText()).isEqualTo("student");
            assertThat(entry.after().path("roles").get(0).asText()).isEqualTo("instructor");
            assertThat(entry.requestId()).isEqualTo("req-42");
            assertThat(entry.occurredAt()).isEqualTo(T0);
        });
    }

    @Test
    void anEntryRollsBackWithTheChangeItDescribes() {
        assertThatThrownBy(() -> platform.tx.run(() -> {
            audit.record(null, "account.suspend", entity, null, Map.of("accountStatus", "suspended"));
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(audit.entriesAbout(entity)).isEmpty();
    }

    @Test
    void keepsEntriesInTheOrderTheyHappened() {
        audit.record(null, "first", entity, null, null);
        clock.advance(Duration.ofMillis(1));
        audit.record(null, "second", entity, null, null);

        assertThat(audit.entriesAbout(entity)).extracting(AuditEntry::action).containsExactly("first", "second");
        assertThat(audit.entriesAbout(AuditedEntity.user(platform.ids.newId()))).isEmpty();
    }
}
