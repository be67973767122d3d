package com.instainstru.testsupport.stripe;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON bodies shaped like the objects and errors of Stripe's API reference (https://docs.stripe.com/api), with the
 * fields our code and stripe-java read. Timestamps are Unix seconds, amounts integer cents, as Stripe sends them.
 */
public final class StripeObjects {

    /** 2026-12-01T12:00:00Z, the "created" of every object. */
    public static final long CREATED = 1_764_590_400L;

    private StripeObjects() {
    }

    public static String customer(String id, String email, String userId) {
        return """
                {"id": "%s", "object": "customer", "address": null, "balance": 0, "created": %d, "currency": null,
                 "default_source": null, "delinquent": false, "description": null, "email": "%s",
                 "invoice_prefix": "0759376C", "invoice_settings": {"custom_fields": null,
                 "default_payment_method": null, "footer": null, "rendering_options": null}, "livemode": false,
                 "metadata": {"user_id": "%s"}, "name": "Sam Student", "phone": null, "preferred_locales": [],
                 "shipping": null, "tax_exempt": "none", "test_clock": null}
                """.formatted(id, CREATED, email, userId);
    }

    public static String setupIntent(String id, String customerId) {
        return """
                {"id": "%1$s", "object": "setup_intent", "application": null, "automatic_payment_methods": null,
                 "cancellation_reason": null, "client_secret": "%1$s_secret_OUQUfyqR5Bzk8rrL2XvWdcvYqbn5CXP",
                 "created": %2$d, "customer": "%3$s", "description": null, "flow_directions": null,
                 "last_setup_error": null, "latest_attempt": null, "livemode": false, "mandate": null,
                 "metadata": {}, "next_action": null, "on_behalf_of": null, "payment_method": null,
                 "payment_method_options": {"card": {"mandate_options": null, "network": null,
                 "request_three_d_secure": "automatic"}}, "payment_method_types": ["card"],
                 "single_use_mandate": null, "status": "requires_payment_method", "usage": "off_session"}
                """.formatted(id, CREATED, customerId);
    }

    public record Card(String id, String brand, String last4, int expMonth, int expYear) {
    }

    public static String paymentMethodList(String customerId, List<Card> cards) {
        String data = cards.stream().map(card -> paymentMethod(card, customerId)).collect(Collectors.joining(","));
        return """
                {"object": "list", "url": "/v1/customers/%s/payment_methods", "has_more": false, "data": [%s]}
                """.formatted(customerId, data);
    }

    public static String paymentMethod(Card card, String customerId) {
        return """
                {"id": "%s", "object": "payment_method", "allow_redisplay": "always",
                 "billing_details": {"address": {"city": null, "country": null, "line1": null, "line2": null,
                 "postal_code": null, "state": null}, "email": null, "name": null, "phone": null},
                 "card": {"brand": "%s", "checks": {"address_line1_check": null, "address_postal_code_check": null,
                 "cvc_check": "pass"}, "country": "US", "display_brand": "%2$s", "exp_month": %d, "exp_year": %d,
                 "fingerprint": "Xt5EWLLDS7FJjR1c", "funding": "credit", "generated_from": null, "last4": "%s",
                 "networks": {"available": ["%2$s"], "preferred": null}, "regulated_status": "unregulated",
                 "three_d_secure_usage": {"supported": true}, "wallet": null},
                 "created": %d, "customer": %s, "livemode": false, "metadata": {}, "type": "card"}
                """.formatted(card.id(), card.brand(), card.expMonth(), card.expYear(), card.last4(), CREATED,
                customerId == null ? "null" : "\"" + customerId + "\"");
    }

    /** A card charge of a destination charge; {@code transferId} is null until captured. */
    public static String charge(String id, String paymentIntentId, int amount, boolean captured, String transferId,
            String destination, Long captureBefore) {
        return """
                {"id": "%s", "object": "charge", "amount": %d, "amount_captured": %d, "amount_refunded": 0,
                 "application_fee": null, "application_fee_amount": null, "balance_transaction": null,
                 "captured": %b, "created": %d, "currency": "usd", "destination": "%s", "disputed": false,
                 "failure_code": null, "failure_message": null, "livemode": false, "metadata": {},
                 "outcome": {"network_status": "approved_by_network", "reason": null, "risk_level": "normal",
                 "seller_message": "Payment complete.", "type": "authorized"}, "paid": true,
                 "payment_intent": "%s", "payment_method": "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K",
                 "payment_method_details": {"card": {"amount_authorized": %2$d, "brand": "visa",
                 "capture_before": %s, "country": "US", "exp_month": 12, "exp_year": 2030, "funding": "credit",
                 "last4": "4242", "network": "visa"}, "type": "card"},
                 "refunded": false, "status": "succeeded", "transfer": %s, "transfer_data": {"amount": null,
                 "destination": "%6$s"}, "transfer_group": null}
                """.formatted(id, amount, captured ? amount : 0, captured, CREATED, destination, paymentIntentId,
                captureBefore == null ? "null" : captureBefore.toString(),
                transferId == null ? "null" : "\"" + transferId + "\"");
    }

    /**
     * A manual-capture destination-charge PaymentIntent in {@code status}: requires_capture (authorized), succeeded
     * (captured), canceled, requires_action or requires_payment_method. {@code latestCharge} is an expanded charge
     * object, a charge id in quotes, or {@code null}.
     */
    public static String paymentIntent(String id, String status, int amount, int applicationFee, String destination,
            String latestCharge) {
        int capturable = "requires_capture".equals(status) ? amount : 0;
        int received = "succeeded".equals(status) ? amount : 0;
        String nextAction = "requires_action".equals(status)
                ? "{\"type\": \"use_stripe_sdk\", \"use_stripe_sdk\": {\"type\": \"three_d_secure_redirect\"}}"
                : "null";
        return """
                {"id": "%1$s", "object": "payment_intent", "amount": %2$d, "amount_capturable": %3$d,
                 "amount_details": {"tip": {}}, "amount_received": %4$d, "application": null,
                 "application_fee_amount": %5$d, "automatic_payment_methods": null, "canceled_at": %6$s,
                 "cancellation_reason": %7$s, "capture_method": "manual",
                 "client_secret": "%1$s_secret_YrKJUKribcBjcG8HVhfZluoGH", "confirmation_method": "automatic",
                 "created": %8$d, "currency": "usd", "customer": "cus_NffrFeUfNV2Hib", "description": null,
                 "last_payment_error": null, "latest_charge": %9$s, "livemode": false,
                 "metadata": {"booking_id": "01KDVDNA0097QGSXV0PVAVN864"}, "next_action": %10$s,
                 "on_behalf_of": null, "payment_method": "pm_1QJ9Aq2eZvKYlo2CKWcVbU7K",
                 "payment_method_types": ["card"], "processing": null, "receipt_email": null, "review": null,
                 "setup_future_usage": null, "shipping": null, "statement_descriptor": null, "status": "%11$s",
                 "transfer_data": {"destination": "%12$s"}, "transfer_group": "booking:01KDVDNA0097QGSXV0PVAVN864"}
                """.formatted(id, amount, capturable, received, applicationFee,
                "canceled".equals(status) ? String.valueOf(CREATED) : "null",
                "canceled".equals(status) ? "\"requested_by_customer\"" : "null", CREATED,
                latestCharge == null ? "null" : latestCharge, nextAction, status, destination);
    }

    /** A page of {@code GET /v1/payment_intents} (newest first) holding {@code intents}. */
    public static String paymentIntentList(String... intents) {
        return """
                {"object": "list", "url": "/v1/payment_intents", "has_more": false, "data": [%s]}
                """.formatted(String.join(", ", intents));
    }

    /** {@code intent} (from {@link #paymentIntent}) with {@code metadata[booking_id]} and transfer group of this booking. */
    public static String forBooking(String intent, String bookingId) {
        return intent.replace("01KDVDNA0097QGSXV0PVAVN864", bookingId);
    }

    public static String refund(String id, String paymentIntentId, int amount, String status) {
        return """
                {"id": "%s", "object": "refund", "amount": %d, "balance_transaction": "txn_1Mr2nbLkdIwHu7ixpDbVoqlR",
                 "charge": "ch_3MmlLrLkdIwHu7ix0snN0B15", "created": %d, "currency": "usd",
                 "destination_details": {"card": {"reference_status": "pending", "reference_type": "acquirer_reference_number",
                 "type": "refund"}, "type": "card"}, "metadata": {}, "payment_intent": "%s", "reason": null,
                 "receipt_number": null, "source_transfer_reversal": null, "status": "%s",
                 "transfer_reversal": "trr_1Mr2nbLkdIwHu7ixLpQ2d0Ge"}
                """.formatted(id, amount, CREATED, paymentIntentId, status);
    }

    public static String transfer(String id, int amount, String destination, String transferGroup) {
        return """
                {"id": "%s", "object": "transfer", "amount": %d, "amount_reversed": 0,
                 "balance_transaction": "txn_1MiN3gLkdIwHu7ixxapQrznl", "created": %d, "currency": "usd",
                 "description": null, "destination": "%s", "destination_payment": "py_1MiN3gQ9PRzxEwkZWTPGNq9o",
                 "livemode": false, "metadata": {}, "reversals": {"object": "list", "data": [], "has_more": false,
                 "total_count": 0, "url": "/v1/transfers/%1$s/reversals"}, "reversed": false,
                 "source_transaction": null, "source_type": "card", "transfer_group": "%s"}
                """.formatted(id, amount, CREATED, destination, transferGroup);
    }

    public static String transferReversal(String id, String transferId, int amount) {
        return """
                {"id": "%s", "object": "transfer_reversal", "amount": %d,
                 "balance_transaction": "txn_1MiN3gLkdIwHu7ixxapQrznl", "created": %d, "currency": "usd",
                 "destination_payment_refund": "pyr_1MiN3gQ9PRzxEwkZWTPGNq9o", "metadata": {},
                 "source_refund": null, "transfer": "%s"}
                """.formatted(id, amount, CREATED, transferId);
    }

    /**
     * A captured charge of {@code paymentIntentId} with its {@code refunds} expanded (objects from {@link #refund}):
     * {@code amount_refunded} sums the succeeded and pending ones, {@code refunded} says whether that is all of it.
     */
    public static String chargeWithRefunds(String id, String paymentIntentId, int amount, String... refunds) {
        int refunded = 0;
        for (String refund : refunds) {
            if (!refund.contains("\"status\": \"failed\"") && !refund.contains("\"status\": \"canceled\"")) {
                refunded += Integer.parseInt(refund.replaceAll("(?s).*?\"amount\": (\\d+).*", "$1"));
            }
        }
        String list = """
                {"object": "list", "data": [%s], "has_more": false, "total_count": %d, "url": "/v1/charges/%s/refunds"}
                """.formatted(String.join(", ", refunds), refunds.length, id).strip();
        return charge(id, paymentIntentId, amount, true, "tr_1MiN3gLkdIwHu7ixNCZvFdgA", "acct_1Nv0FGQ9RKHgCVdK", null)
                .replace("\"amount_refunded\": 0", "\"amount_refunded\": " + refunded)
                .replace("\"refunded\": false", "\"refunded\": " + (refunded >= amount) + ", \"refunds\": " + list);
    }

    /**
     * A dispute (chargeback) on {@code chargeId} in {@code status}: warning_needs_response, needs_response,
     * under_review, won, lost, ... ({@code paymentIntentId} may be null, as on disputes of older charges).
     */
    public static String dispute(String id, String chargeId, String paymentIntentId, int amount, String status) {
        return """
                {"id": "%s", "object": "dispute", "amount": %d, "balance_transactions": [], "charge": "%s",
                 "created": %d, "currency": "usd", "evidence": {"access_activity_log": null, "billing_address": null,
                 "cancellation_policy": null, "customer_email_address": null, "customer_name": null,
                 "product_description": null, "receipt": null, "service_date": null, "uncategorized_text": null},
                 "evidence_details": {"due_by": %d, "has_evidence": false, "past_due": false,
                 "submission_count": 0}, "is_charge_refundable": %b, "livemode": false, "metadata": {},
                 "payment_intent": %s, "payment_method_details": {"card": {"brand": "visa",
                 "network_reason_code": "10.4"}, "type": "card"}, "reason": "fraudulent", "status": "%s"}
                """.formatted(id, amount, chargeId, CREATED, CREATED + 1_814_400L, !"lost".equals(status),
                quoted(paymentIntentId), status);
    }

    /** A SetupIntent that saved {@code paymentMethodId} for {@code customerId} (status succeeded). */
    public static String succeededSetupIntent(String id, String customerId, String paymentMethodId) {
        return setupIntent(id, customerId)
                .replace("\"payment_method\": null", "\"payment_method\": \"" + paymentMethodId + "\"")
                .replace("\"status\": \"requires_payment_method\"", "\"status\": \"succeeded\"");
    }

    /** An Express account; {@code due} fills requirements.currently_due. */
    public static String account(String id, boolean chargesEnabled, boolean payoutsEnabled, boolean detailsSubmitted,
            List<String> due) {
        String currentlyDue = due.stream().map(item -> "\"" + item + "\"").collect(Collectors.joining(", "));
        return """
                {"id": "%s", "object": "account", "business_profile": {"mcc": "8299", "name": null, "url": null},
                 "business_type": "individual", "capabilities": {"card_payments": "%s", "transfers": "%2$s"},
                 "charges_enabled": %b, "controller": {"type": "application", "is_controller": true},
                 "country": "US", "created": %d, "default_currency": "usd", "details_submitted": %b,
                 "email": "ivy@example.test", "external_accounts": {"object": "list", "data": [], "has_more": false,
                 "total_count": 0, "url": "/v1/accounts/%1$s/external_accounts"}, "metadata": {},
                 "payouts_enabled": %b, "requirements": {"alternatives": [], "current_deadline": null,
                 "currently_due": [%s], "disabled_reason": %s, "errors": [], "eventually_due": [%7$s],
                 "past_due": [], "pending_verification": []},
                 "settings": {"payouts": {"debit_negative_balances": true, "schedule": {"delay_days": 2,
                 "interval": "weekly", "weekly_anchor": "tuesday"}, "statement_descriptor": null}},
                 "tos_acceptance": {"date": null}, "type": "express"}
                """.formatted(id, chargesEnabled ? "active" : "inactive", chargesEnabled, CREATED, detailsSubmitted,
                payoutsEnabled, currentlyDue, due.isEmpty() ? "null" : "\"requirements.past_due\"");
    }

    public static String accountLink(String url, long expiresAt) {
        return """
                {"object": "account_link", "created": %d, "expires_at": %d, "url": "%s"}
                """.formatted(CREATED, expiresAt, url);
    }

    /** A single-use Express dashboard login link ({@code POST /v1/accounts/{id}/login_links}). */
    public static String loginLink(String url) {
        return """
                {"object": "login_link", "created": %d, "url": "%s"}
                """.formatted(CREATED, url);
    }

    /** A standard payout of a connected account to its bank account; {@code arrivalDate} in Unix seconds. */
    public static String payout(String id, int amount, long arrivalDate, String status) {
        return """
                {"id": "%s", "object": "payout", "amount": %d, "application_fee": null,
                 "application_fee_amount": null, "arrival_date": %d, "automatic": true,
                 "balance_transaction": "txn_1OaFDcEcg9tTZuTgYMR25tSe", "created": %d, "currency": "usd",
                 "description": "STRIPE PAYOUT", "destination": "ba_1MtIhL2eZvKYlo2CAElKwKu2",
                 "failure_balance_transaction": null, "failure_code": null, "failure_message": null,
                 "livemode": false, "metadata": {}, "method": "standard", "original_payout": null,
                 "reconciliation_status": "completed", "reversed_by": null, "source_type": "card",
                 "statement_descriptor": null, "status": "%s", "trace_id": null, "type": "bank_account"}
                """.formatted(id, amount, arrivalDate, CREATED, status);
    }

    /** A page of {@code GET /v1/payouts} (newest first) holding {@code payouts}. */
    public static String payoutList(boolean hasMore, String... payouts) {
        return """
                {"object": "list", "url": "/v1/payouts", "has_more": %b, "data": [%s]}
                """.formatted(hasMore, String.join(", ", payouts));
    }

    /** Stripe's error envelope: {@code {"error": {"type", "code", "decline_code", "message", ...}}}. */
    public static String error(String type, String code, String declineCode, String message, String param,
            String paymentIntent) {
        return """
                {"error": {"type": "%s", "code": %s, "decline_code": %s, "doc_url": %s, "message": "%s",
                 "param": %s, "payment_intent": %s,
                 "request_log_url": "https://dashboard.stripe.com/test/logs/req_xUPhkLF0GS6Hqk?t=1764590400"}}
                """.formatted(type, quoted(code), quoted(declineCode),
                code == null ? "null" : "\"https://stripe.com/docs/error-codes/" + code.replace('_', '-') + "\"",
                message, quoted(param), paymentIntent == null ? "null" : paymentIntent);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
