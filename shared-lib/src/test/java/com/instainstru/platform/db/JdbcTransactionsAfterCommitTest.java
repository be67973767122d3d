package com.instainstru.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.TestPlatform;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcTransactionsAfterCommitTest {

    private static final TestPlatform platform = new TestPlatform(Clock.systemUTC());
    private final Jdbc jdbc = platform.jdbc;
    private final JdbcTransactions tx = platform.tx;
    private final List<String> ran = new ArrayList<>();

    @BeforeAll
    static void createScratchTable() {
        platform.jdbc.update("CREATE TABLE IF NOT EXISTS after_commit_test (id ulid PRIMARY KEY)");
    }

    @Test
    void runsTheActionAfterTheCommitWhenItsDataIsVisible() {
        String id = platform.ids.newId();

        tx.run(() -> {
            insert(id);
            // Runs on its own connection: only sees the row once it is committed.
            tx.afterCommit(() -> ran.add("visible rows: " + count(id)));
            assertThat(ran).isEmpty();
        });

        assertThat(ran).containsExactly("visible rows: 1");
    }

    @Test
    void dropsTheActionWhenTheTransactionRollsBack() {
        String id = platform.ids.newId();

        assertThatThrownBy(() -> tx.run(() -> {
            insert(id);
            tx.afterCommit(() -> ran.add("committed"));
            throw new IllegalStateException("business rule failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ran).isEmpty();
        assertThat(count(id)).isZero();
    }

    @Test
    void runsImmediatelyOutsideATransaction() {
        tx.afterCommit(() -> ran.add("now"));

        assertThat(ran).containsExactly("now");
    }

    @Test
    void aNestedCallRegistersOnTheOuterTransaction() {
        tx.run(() -> {
            tx.run(() -> tx.afterCommit(() -> ran.add("inner")));
            assertThat(ran).as("the inner call did not commit anything").isEmpty();
            tx.afterCommit(() -> ran.add("outer"));
        });

        assertThat(ran).containsExactly("inner", "outer");
    }

    @Test
    void aNestedRegistrationIsDroppedWhenTheOuterTransactionRollsBack() {
        assertThatThrownBy(() -> tx.run(() -> {
            tx.run(() -> tx.afterCommit(() -> ran.add("inner")));
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ran).isEmpty();
    }

    @Test
    void aFailingActionNeitherUndoesTheCommitNorStopsTheNextActions() {
        String id = platform.ids.newId();

        String result = tx.call(() -> {
            insert(id);
            tx.afterCommit(() -> {
                throw new IllegalStateException("Redis down");
            });
            tx.afterCommit(() -> ran.add("second"));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(count(id)).isEqualTo(1);
        assertThat(ran).containsExactly("second");
    }

    @Test
    void anActionMayOpenATransactionOfItsOwn() {
        String first = platform.ids.newId();
        String second = platform.ids.newId();

        tx.run(() -> {
            insert(first);
            tx.afterCommit(() -> tx.run(() -> {
                insert(second);
                tx.afterCommit(() -> ran.add("after the second commit"));
            }));
        });

        assertThat(count(first) + count(second)).isEqualTo(2);
        assertThat(ran).containsExactly("after the second commit");
    }

    private void insert(String id) {
        jdbc.update("INSERT INTO after_commit_test (id) VALUES (?)", id);
    }

    private int count(String id) {
        return jdbc.queryOne("SELECT count(*) AS n FROM after_commit_test WHERE id = ?", r -> r.integer("n"), id)
                .orElseThrow();
    }
}
