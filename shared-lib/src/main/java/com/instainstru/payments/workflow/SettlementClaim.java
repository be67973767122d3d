package com.instainstru.payments.workflow;

/**
 * A payment claimed for a settlement or a LOCK (status settling), with what its plan needs, in cents.
 *
 * @param operation          a settlement outcome (e.g. student_cancel_lt12_split_50_50) or {@value #LOCK}
 * @param fromStatus         the payment's status before the claim: scheduled, payment_method_required, authorized or locked
 * @param transferId         the destination charge's transfer, once captured
 * @param creditTargetCents  the credit the cancellation promised the student, or null when no cancellation decided one
 * @param splitPayoutCents   the payout the cancellation promised the instructor, or null likewise
 */
record SettlementClaim(String bookingId, String studentId, String operation, String fromStatus,
        String paymentIntentId, String transferId, String destinationAccountId, int cardChargeCents,
        int applicationFeeCents, int instructorPayoutCents, Integer creditTargetCents, Integer splitPayoutCents) {

    static final String LOCK = "lock";

    /** What the destination charge transferred to the instructor on capture. */
    int transferredCents() {
        return cardChargeCents - applicationFeeCents;
    }
}
