package com.instainstru.functions.guardsfixture.lambda;

import com.amazonaws.services.lambda.runtime.Context;

/** Complies: function code may use the Lambda types. */
public class FixtureLambdaEntry {

    public String requestId(Context context) {
        return context.getAwsRequestId();
    }
}
