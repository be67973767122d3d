package com.instainstru.functions.payments;

import com.instainstru.testfixtures.PermissionMatrix;
import com.instainstru.testsupport.db.PostgresTestResource;
import com.instainstru.testsupport.stripe.StripeStubTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(StripeStubTestResource.class)
class PermissionMatrixTest extends PermissionMatrix {

    @Override
    protected String resourcePackage() {
        return "com.instainstru.functions.payments";
    }

    @Override
    protected String functionLogicalId() {
        return "PaymentsApiFunction";
    }
}
