package com.instainstru.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.instainstru.platform.db.ConnectionHolder;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.platform.db.JdbcTransactions;
import com.instainstru.platform.errors.ValidationException;
import com.instainstru.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two service instances over the same database stand for two warm functions: one changes the configuration,
 * the other must pick the change up once its copy is 60 s old by its own clock, and not before.
 */
class RateLimitConfigServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final RateLimitTesting warm = new RateLimitTesting(clock);
    private final RateLimitTesting admin = new RateLimitTesting(new MutableClock(T0));
    private final String name = RateLimitTesting.uniqueBucket("t_cfg");

    @Test
    void withoutRowsTheCodeDefaultsApply() {
        assertThat(warm.config.bucket("write")).isEqualTo(new Bucket("write", 30, 10, false));
        assertThat(warm.config.bucket(name)).isEqualTo(new Bucket(name, 120, 20, false));
        assertThat(warm.config.bucketForRoute("POST /api/v1/" + name)).isEmpty();
    }

    @Test
    void aBucketChangeReachesOtherInstancesAfterSixtySecondsAndNotBefore() {
        assertThat(warm.config.bucket(name).limit()).isEqualTo(21);

        Bucket stored = admin.config.updateBucket(name, 10, 1, true, "admin:test");

        assertThat(stored).isEqualTo(new Bucket(name, 10, 1, true));
        assertThat(admin.config.bucket(name)).as("the writing instance at once").isEqualTo(stored);
        clock.advance(Duration.ofSeconds(59).plusMillis(999));
        assertThat(warm.config.bucket(name)).as("59.999 s later").isEqualTo(new Bucket(name, 120, 20, false));
        clock.advance(Duration.ofMillis(1));
        assertThat(warm.config.bucket(name)).as("60 s later").isEqualTo(stored);
    }

    @Test
    void aReadWhileTheWritingTransactionIsOpenDoesNotPinTheOldValues() throws Exception {
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        try {
            admin.platform.tx.run(() -> {
                admin.config.updateBucket(name, 10, 1, false, "admin:test");
                // Another request of the same instance reloads before the commit and sees the old rows.
                Bucket seen = join(otherRequest.submit(() -> admin.config.bucket(name)));
                assertThat(seen).isEqualTo(new Bucket(name, 120, 20, false));
            });

            assertThat(admin.config.bucket(name)).as("right after the commit").isEqualTo(new Bucket(name, 10, 1, false));
        } finally {
            otherRequest.shutdownNow();
        }
    }

    private static Bucket join(Future<Bucket> read) {
        try {
            return read.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRouteOverrideReachesOtherInstancesAfterSixtySeconds() {
        String route = "POST /api/v1/" + name + "/{id}/cancel";
        assertThat(warm.config.bucketForRoute(route)).isEmpty();

        admin.config.updateRouteOverride(route, "financial", "admin:test");

        assertThat(admin.config.bucketForRoute(route)).contains("financial");
        clock.advance(Duration.ofSeconds(30));
        assertThat(warm.config.bucketForRoute(route)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(warm.config.bucketForRoute(route)).contains("financial");

        assertThat(admin.config.removeRouteOverride(route)).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(warm.config.bucketForRoute(route)).isEmpty();
    }

    @Test
    void resettingABucketRestoresItsDefaults() {
        admin.config.updateBucket(name, 10, 1, false, "admin:test");
        assertThat(admin.config.bucket(name).ratePerMinute()).isEqualTo(10);

        assertThat(admin.config.resetBucket(name)).isTrue();

        assertThat(admin.config.bucket(name)).isEqualTo(new Bucket(name, 120, 20, false));
        assertThat(admin.config.resetBucket(name)).isFalse();
    }

    @Test
    void recordsWhoChangedWhat() {
        admin.config.updateBucket(name, 10, 1, false, "admin:01JTEST");

        assertThat(admin.platform.jdbc.queryOne(
                "SELECT updated_at, updated_by FROM rate_limit_buckets WHERE bucket = ?",
                row -> row.instant("updated_at") + " " + row.string("updated_by"), name))
                .contains(T0 + " admin:01JTEST");
    }

    @Test
    void shadowingFinancialThroughTheServiceIsIgnored() {
        try {
            Bucket stored = admin.config.updateBucket("financial", 5, 0, true, "admin:test");

            assertThat(stored.shadow()).isFalse();
            assertThat(storedShadow("financial")).isFalse();
            assertThat(admin.config.bucket("financial").shadow()).isFalse();
        } finally {
            admin.config.resetBucket("financial");
        }
    }

    @Test
    void aFinancialRowWrittenByHandWithShadowIsEnforcedAnyway() {
        try {
            admin.platform.jdbc.update("""
                    INSERT INTO rate_limit_buckets (bucket, rate_per_minute, burst, shadow, updated_at, updated_by)
                    VALUES ('financial', 3, 0, true, now(), 'psql')
                    """);

            assertThat(warm.config.bucket("financial")).isEqualTo(new Bucket("financial", 3, 0, false));
        } finally {
            admin.config.resetBucket("financial");
        }
    }

    @Test
    void rejectsInvalidChanges() {
        assertThatThrownBy(() -> admin.config.updateBucket(name, 0, 1, false, "admin:test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ratePerMinute");
        assertThatThrownBy(() -> admin.config.updateBucket(name, 10, -1, false, "admin:test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("burst");
        assertThatThrownBy(() -> admin.config.updateBucket("Bad Name", 10, 1, false, "admin:test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("bucket");
        assertThatThrownBy(() -> admin.config.updateBucket(name, 10, 1, false, " "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("updatedBy");
        assertThatThrownBy(() -> admin.config.updateRouteOverride("/api/v1/bookings", "write", "admin:test"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("route");
        assertThatThrownBy(() -> admin.config.updateRouteOverride("FETCH /api/v1/bookings", "write", "admin:test"))
                .isInstanceOf(ValidationException.class);
        assertThat(admin.repository.buckets()).extracting(Bucket::name).doesNotContain(name);
    }

    @Test
    void anUnreachableDatabaseLeavesTheDefaultsInForce() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
        ConnectionHolder holder = new ConnectionHolder();
        RateLimitConfigService offline = new RateLimitConfigService(
                new RateLimitConfigRepository(new Jdbc(nowhere, holder)), new JdbcTransactions(nowhere, holder), clock);

        assertThat(offline.bucket("financial")).isEqualTo(new Bucket("financial", 5, 0, false));
        assertThat(offline.bucketForRoute("GET /api/v1/health")).isEmpty();
    }

    private boolean storedShadow(String bucket) {
        return admin.platform.jdbc.queryOne("SELECT shadow FROM rate_limit_buckets WHERE bucket = ?",
                row -> row.bool("shadow"), bucket).orElseThrow();
    }
}
