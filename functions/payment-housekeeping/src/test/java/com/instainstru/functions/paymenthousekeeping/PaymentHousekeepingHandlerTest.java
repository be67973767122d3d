package com.instainstru.functions.paymenthousekeeping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.instainstru.payments.credits.Credit;
import com.instainstru.payments.credits.CreditLedger;
import com.instainstru.platform.db.Jdbc;
import com.instainstru.testfixtures.TestAccounts;
import com.instainstru.testfixtures.TestInstructors;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The schedule path: the handler invoked with the sample scheduled event (events/payment-housekeeping), taking
 * "now" from the event's time (2026-12-02 03:20 UTC, the first hourly run of that evaluation day): a credit past
 * its expiry expires, an idempotency record past its 24 h goes, a founding instructor's tier becomes 8 %, and the
 * same event delivered again finds nothing to do.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PaymentHousekeepingHandlerTest {

    private static final Instant EVENT_TIME = Instant.parse("2026-12-02T03:20:00Z");

    @Inject
    TestAccounts accounts;

    @Inject
    TestInstructors instructors;

    @Inject
    CreditLedger credits;

    @Inject
    Jdbc jdbc;

    @Test
    void theSameScheduledEventDeliveredTwiceDoesTheWorkOnce() throws Exception {
        String event = Files.readString(Path.of("../../events/payment-housekeeping/scheduled.json"));
        String student = accounts.student().id();
        Credit expiring = credits.adjust(student, 1_500, EVENT_TIME.minusSeconds(1));
        Credit live = credits.adjust(student, 2_500, EVENT_TIME.plusSeconds(1));
        idempotencyRecord(student, EVENT_TIME.minus(Duration.ofHours(25)));
        String founding = instructors.withProfile().id();
        jdbc.update("UPDATE instructor_profiles SET is_founding_instructor = true WHERE user_id = ?", founding);

        given().contentType("application/json").body(event).post()
                .then().statusCode(200)
                .body("at", equalTo("2026-12-02T03:20:00Z"), "creditsExpired", equalTo(1),
                        "idempotencyRecordsDeleted", equalTo(1), "tiers.evaluationDay", equalTo("2026-12-02"),
                        "tiers.changed", equalTo(1));
        given().contentType("application/json").body(event).post()
                .then().statusCode(200)
                .body("creditsExpired", equalTo(0), "idempotencyRecordsDeleted", equalTo(0),
                        "tiers.evaluated", equalTo(0), "tiers.changed", equalTo(0));

        assertThat(creditStatus(expiring)).isEqualTo("expired");
        assertThat(creditStatus(live)).isEqualTo("available");
        assertThat(jdbc.queryOne("""
                SELECT current_tier_pct::text AS pct, tier_evaluated_on FROM instructor_profiles WHERE user_id = ?
                """, row -> row.string("pct") + " " + row.date("tier_evaluated_on"), founding))
                .contains("8.00 " + LocalDate.parse("2026-12-02"));
        assertThat(jdbc.queryOne("SELECT count(*) AS n FROM payment_request_idempotency WHERE user_id = ?",
                row -> row.integer("n"), student)).contains(0);
    }

    private void idempotencyRecord(String userId, Instant createdAt) {
        jdbc.update("""
                INSERT INTO payment_request_idempotency (user_id, idempotency_key, route, request_sha256,
                    response_status, response_body, created_at, expires_at)
                VALUES (?, 'a5f3c1d2-checkout', 'POST /api/v1/payments/checkout', ?, 200, '{}'::jsonb, ?, ?)
                """, userId, "0".repeat(64), createdAt, createdAt.plus(Duration.ofHours(24)));
    }

    private String creditStatus(Credit credit) {
        return jdbc.queryOne("SELECT status FROM platform_credits WHERE id = ?", row -> row.string("status"),
                credit.id()).orElseThrow();
    }
}
