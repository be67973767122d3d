package com.instainstru.payments.credits;

import com.instainstru.platform.events.OutboxService;
import com.instainstru.platform.ids.IdGenerator;
import com.instainstru.platform.tx.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Loyalty milestones (reference §15): a completed lesson whose number among the student's completed lessons is a
 * milestone ({@link LoyaltyMilestones}) earns a credit once per booking; refunding that booking revokes it.
 */
@ApplicationScoped
public class LoyaltyCreditService {

    public static final String MILESTONE_AWARDED = "credits.milestone_awarded";

    private final CreditRepository credits;
    private final OutboxService outbox;
    private final IdGenerator ids;
    private final Transactions tx;
    private final Clock clock;

    public LoyaltyCreditService(CreditRepository credits, OutboxService outbox, IdGenerator ids, Transactions tx,
            Clock clock) {
        this.credits = credits;
        this.outbox = outbox;
        this.ids = ids;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The milestone credit of a completed booking, at most once per booking whatever retries happen; emits
     * {@code credits.milestone_awarded} when it is new. A booking that is not the student's or not COMPLETED
     * earns nothing (lesson number 0).
     */
    public MilestoneAward awardMilestone(String studentId, String bookingId) {
        return tx.call(() -> {
            Optional<Integer> number = credits.completedLessonNumber(studentId, bookingId);
            if (number.isEmpty()) {
                return MilestoneAward.none(0);
            }
            Optional<CreditSource> milestone = LoyaltyMilestones.reachedAt(number.get());
            if (milestone.isEmpty()) {
                return MilestoneAward.none(number.get());
            }
            Instant now = clock.instant();
            int cents = LoyaltyMilestones.amountCents(milestone.get());
            Credit credit = new Credit(ids.newId(), studentId, cents, milestone.get(), bookingId, null,
                    CreditStatus.AVAILABLE, null, now.plus(CreditLedger.LIFETIME), now);
            boolean inserted = credits.insertMilestoneOnce(credit, now);
            if (inserted) {
                outbox.emit(MILESTONE_AWARDED, "booking", bookingId, CreditIssued.of(credit));
            }
            return new MilestoneAward(number.get(), milestone.get(), cents, inserted);
        });
    }

    /**
     * The booking that triggered a milestone was refunded: its unspent milestone credit (split parts included) is
     * revoked; the part already reserved or applied is reported, not recovered (negative balances: not built).
     */
    public CreditClawback revokeFor(String bookingId) {
        return tx.call(() -> {
            Instant now = clock.instant();
            int revoked = 0;
            int spent = 0;
            for (Credit credit : credits.lockIssuedFrom(bookingId)) {
                if (credit.source() != CreditSource.MILESTONE_S5 && credit.source() != CreditSource.MILESTONE_S11) {
                    continue;
                }
                if (credit.status() == CreditStatus.AVAILABLE || credit.status() == CreditStatus.FROZEN) {
                    credits.revoke(credit.id(), now);
                    revoked += credit.amountCents();
                } else if (credit.status().spent()) {
                    spent += credit.amountCents();
                }
            }
            return new CreditClawback(revoked, spent);
        });
    }
}
