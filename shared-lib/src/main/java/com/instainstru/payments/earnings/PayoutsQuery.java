package com.instainstru.payments.earnings;

import com.instainstru.payments.stripe.StripeGateway;
import com.instainstru.platform.validation.FieldRules;
import java.util.regex.Pattern;

/**
 * A page of payouts as Stripe pages them: {@code limit} 1 to {@value StripeGateway#MAX_PAGE} (default
 * {@value #DEFAULT_LIMIT}) and the cursor {@code startingAfter}, the last payout id of the previous page.
 */
public record PayoutsQuery(int limit, String startingAfter) {

    public static final int DEFAULT_LIMIT = 20;
    private static final Pattern PAYOUT_ID = Pattern.compile("po_[A-Za-z0-9]{1,250}");

    public static PayoutsQuery parse(String limit, String startingAfter) {
        FieldRules rules = FieldRules.check();
        Integer limitValue = number(limit);
        rules.rule(limitValue != null && limitValue >= 1 && limitValue <= StripeGateway.MAX_PAGE, "limit", "range",
                "limit must be a whole number from 1 to " + StripeGateway.MAX_PAGE);
        String cursor = startingAfter == null || startingAfter.isBlank() ? null : startingAfter.strip();
        if (cursor != null) {
            rules.matches("startingAfter", cursor, PAYOUT_ID, "format", "startingAfter must be a payout id (po_...)");
        }
        rules.orThrow();
        return new PayoutsQuery(limitValue, cursor);
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
