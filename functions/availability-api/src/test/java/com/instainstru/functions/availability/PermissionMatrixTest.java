package com.instainstru.functions.availability;

import com.instainstru.testfixtures.PermissionMatrix;
import com.instainstru.testsupport.db.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class PermissionMatrixTest extends PermissionMatrix {

    @Override
    protected String resourcePackage() {
        return "com.instainstru.functions.availability";
    }

    @Override
    protected String functionLogicalId() {
        return "AvailabilityApiFunction";
    }
}
