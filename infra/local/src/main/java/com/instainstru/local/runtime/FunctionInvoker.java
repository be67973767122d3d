package com.instainstru.local.runtime;

import com.instainstru.local.lambda.InvocationResult;

/** Invokes a function of template.yaml by logical id, as the Lambda service would. */
@FunctionalInterface
public interface FunctionInvoker {

    InvocationResult invoke(String logicalId, String eventJson);
}
