package com.instainstru.payments.credits;

import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.locks.AdvisoryLockRepository;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Platform credits (reference §15, cancellations §12): issued with a 365-day expiry, reserved at checkout FIFO by
 * earliest expiry (no expiry last) up to the lesson price and never the student fee, applied on completion,
 * released or forfeited on cancellation, expired by a sweep, frozen by a chargeback. Amounts are integer cents.
 * Every method runs in its own transaction or joins the caller's.
 */
@ApplicationScoped
public class CreditLedger {

    public static final String ISSUED = "credits.issued";
    static final Duration LIFETIME = Duration.ofDays(365);

    private final CreditRepository credits;
    private final AdvisoryLockRepository locks;
    private final OutboxService outbox;
    private final IdGenerator ids;
    private final Transactions tx;
    private final Clock clock;

    public CreditLedger(CreditRepository credits, AdvisoryLockRepository locks, OutboxService outbox, IdGenerator ids,
            Transactions tx, Clock clock) {
        this.credits = credits;
        this.locks = locks;
        this.outbox = outbox;
        this.ids = ids;
        this.tx = tx;
        this.clock = clock;
    }

    /** An available credit expiring 365 days from now, for a booking's cancellation, LOCK or refund; emits {@code credits.issued}. */
    public Credit issue(String userId, int amountCents, CreditSource source, String sourceBookingId) {
        Instant now = clock.instant();
        return issue(userId, amountCents, source, sourceBookingId, now.plus(LIFETIME));
    }

    /** An admin adjustment; {@code expiresAt} null means it never expires (such credits are spent last). */
    public Credit adjust(String userId, int amountCents, Instant expiresAt) {
        return issue(userId, amountCents, CreditSource.ADMIN_ADJUSTMENT, null, expiresAt);
    }

    private Credit issue(String userId, int amountCents, CreditSource source, String sourceBookingId,
            Instant expiresAt) {
        requirePositive(amountCents);
        return tx.call(() -> {
            Instant now = clock.instant();
            Credit credit = new Credit(ids.newId(), userId, amountCents, source, sourceBookingId, null,
                    CreditStatus.AVAILABLE, null, expiresAt, now);
            credits.insertAvailable(credit, now);
            if (sourceBookingId != null) {
                outbox.emit(ISSUED, "booking", sourceBookingId, CreditIssued.of(credit));
            } else {
                outbox.emit(ISSUED, "user", userId, CreditIssued.of(credit));
            }
            return credit;
        });
    }

    public CreditBalance balance(String userId) {
        return credits.balance(userId, clock.instant());
    }

    /**
     * Reserves up to {@code requestedCents} of the user's credits for a booking, never more than its lesson price
     * (credits never pay the student fee): earliest expiry first, no expiry last; a credit only partly needed is
     * split and its remainder stays available with the same expiry. A repeated call for the same booking (a retried
     * checkout) only tops its reservation up to that cap, never shrinks it. Returns the cents reserved for the
     * booking (0 when nothing is available).
     */
    public int reserve(String userId, String bookingId, int requestedCents, int lessonPriceCents) {
        int wanted = Math.min(Math.max(requestedCents, 0), Math.max(lessonPriceCents, 0));
        return tx.call(() -> {
            // Row locks alone would let a concurrent reservation miss the remainder row this one inserts; the
            // per-user lock makes the second reservation read after the first one's commit.
            locks.lock("credits:" + userId);
            Instant now = clock.instant();
            int reserved = credits.reservedCentsFor(bookingId);
            for (Credit credit : credits.lockSpendable(userId, now)) {
                int still = wanted - reserved;
                if (still <= 0) {
                    break;
                }
                if (credit.amountCents() > still) {
                    credits.reserve(credit.id(), still, bookingId, now);
                    credits.insertSplitRemainder(credit, ids.newId(), credit.amountCents() - still,
                            CreditStatus.AVAILABLE, now);
                    reserved += still;
                } else {
                    credits.reserve(credit.id(), credit.amountCents(), bookingId, now);
                    reserved += credit.amountCents();
                }
            }
            return reserved;
        });
    }

    /** Gives a booking's reserved credits back (cancellation without penalty, instructor cancel). */
    public CreditSettlement release(String bookingId) {
        return releaseUpTo(bookingId, Integer.MAX_VALUE);
    }

    /**
     * A penalty cancellation (§12, policy §9.3): gives back reserved credits up to {@code targetCents} (the
     * longest-lived first) and forfeits the rest, splitting the credit that straddles the target. Given-back
     * credits keep their original expiry; one already past it is expired at release and still counts towards
     * the target.
     */
    public CreditSettlement releaseUpTo(String bookingId, int targetCents) {
        return tx.call(() -> {
            Instant now = clock.instant();
            int released = 0;
            int expired = 0;
            int forfeited = 0;
            for (Credit credit : credits.lockReservedFor(bookingId)) {
                int back = Math.min(credit.amountCents(), Math.max(targetCents - released - expired, 0));
                if (back == 0) {
                    credits.forfeit(credit.id(), now);
                    forfeited += credit.amountCents();
                    continue;
                }
                if (back < credit.amountCents()) {
                    credits.insertSplitRemainder(credit, ids.newId(), credit.amountCents() - back,
                            CreditStatus.FORFEITED, now);
                    forfeited += credit.amountCents() - back;
                }
                credits.release(credit.id(), back, now);
                if (credit.expiredAt(now)) {
                    expired += back;
                } else {
                    released += back;
                }
            }
            return new CreditSettlement(released, expired, forfeited);
        });
    }

    /** A student no-show (§14): every credit reserved for the booking is forfeited. */
    public CreditSettlement forfeit(String bookingId) {
        return releaseUpTo(bookingId, 0);
    }

    /** The lesson happened: its reserved credits are spent. Returns their cents. */
    public int apply(String bookingId) {
        return tx.call(() -> credits.applyReservedFor(bookingId, clock.instant()));
    }

    /** The sweep: available credits whose expiry is at or before {@code now} become expired. Idempotent. */
    public List<Credit> expireDue(Instant now) {
        return expireDue(now, Integer.MAX_VALUE);
    }

    /** One bounded batch of the sweep (payment-housekeeping): at most {@code limit} credits, earliest expiry first. */
    public List<Credit> expireDue(Instant now, int limit) {
        return tx.call(() -> credits.expireDue(now, limit));
    }

    /**
     * A chargeback on a booking: the still-available credits that came from it are frozen (nobody can spend them
     * until the dispute ends). Spent ones are only reported.
     */
    public CreditClawback freeze(String bookingId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            int frozen = 0;
            int spent = 0;
            for (Credit credit : credits.lockIssuedFrom(bookingId)) {
                if (credit.status() == CreditStatus.AVAILABLE) {
                    credits.freeze(credit.id(), now);
                    frozen += credit.amountCents();
                } else if (credit.status().spent()) {
                    spent += credit.amountCents();
                }
            }
            return new CreditClawback(frozen, spent);
        });
    }

    /** The dispute was won: the booking's frozen credits are available again (expired if their expiry passed). */
    public int unfreeze(String bookingId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            int unfrozen = 0;
            for (Credit credit : credits.lockIssuedFrom(bookingId)) {
                if (credit.status() == CreditStatus.FROZEN) {
                    credits.unfreeze(credit.id(), now);
                    unfrozen += credit.amountCents();
                }
            }
            return unfrozen;
        });
    }

    /**
     * A refunded booking gives back the credits spent on it, once, as one {@code refund_reinstatement} credit
     * with a new 365-day expiry. Returns its cents (0 when nothing was spent or it was already reinstated).
     */
    public int reinstateSpentOn(String bookingId) {
        return tx.call(() -> {
            List<Credit> applied = credits.lockAppliedTo(bookingId);
            // the row locks serialize concurrent reinstatements, so this check sees a committed earlier one
            if (applied.isEmpty() || credits.hasReinstatementFor(bookingId)) {
                return 0;
            }
            int cents = applied.stream().mapToInt(Credit::amountCents).sum();
            issue(applied.get(0).userId(), cents, CreditSource.REFUND_REINSTATEMENT, bookingId);
            return cents;
        });
    }

    /** The dispute was lost: the booking's frozen credits are revoked. Returns their cents (0 on a repeat). */
    public int revokeFrozen(String bookingId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            int revoked = 0;
            for (Credit credit : credits.lockIssuedFrom(bookingId)) {
                if (credit.status() == CreditStatus.FROZEN) {
                    credits.revoke(credit.id(), now);
                    revoked += credit.amountCents();
                }
            }
            return revoked;
        });
    }

    private static void requirePositive(int amountCents) {
        if (amountCents <= 0) {
            throw new IllegalArgumentException("a credit is a positive number of cents, not " + amountCents);
        }
    }
}
