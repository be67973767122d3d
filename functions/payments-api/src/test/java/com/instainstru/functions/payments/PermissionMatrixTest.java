package com.instainstru.functions.payments;

import com.instainstru.testfixtures.PermissionMatrix;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeObjects;
import com.instainstru.testsupport.stripe.StripeStub;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PermissionMatrixTest extends PermissionMatrix {

    /** Every caller here is a fresh student: Stripe answers each with a customer of their own. */
    @BeforeEach
    void stripeCreatesCustomersAndSetupIntents() {
        StripeStub stripe = StripeStubTestResource.stub();
        stripe.reset();
        stripe.answerPostWithFreshIds("/v1/customers",
                StripeObjects.customer("cus_Matrix", "matrix@example.test", "01KDVDNA0097QGSXV0PVAVN864"), "cus_Matrix");
        stripe.answerPost("/v1/setup_intents", StripeObjects.setupIntent("seti_1Mm8s8LkdIwHu7ix0OXBfTRG", "cus_Matrix"));
    }

    @Override
    protected String resourcePackage() {
        return "com.instainstru.functions.payments";
    }

    @Override
    protected String functionLogicalId() {
        return "PaymentsApiFunction";
    }
}
