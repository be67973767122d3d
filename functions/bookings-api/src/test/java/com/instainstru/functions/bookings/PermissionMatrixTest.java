package com.instainstru.functions.bookings;

import com.instainstru.testfixtures.PermissionMatrix;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PermissionMatrixTest extends PermissionMatrix {

    @Override
    protected String resourcePackage() {
        return "com.instainstru.functions.bookings";
    }

    @Override
    protected String functionLogicalId() {
        return "BookingsApiFunction";
    }
}
