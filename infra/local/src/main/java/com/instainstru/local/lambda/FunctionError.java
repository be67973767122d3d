package com.instainstru.local.lambda;

import java.util.List;
import java.util.Objects;

/**
 * What Lambda returns for a failed invocation: the runtime's report of a handler exception or an init failure,
 * or Lambda's own error such as {@code Sandbox.Timedout} and {@code Runtime.ExitError}.
 */
public record FunctionError(String errorType, String errorMessage, List<String> stackTrace) {

    public FunctionError {
        Objects.requireNonNull(errorType, "errorType");
        errorMessage = errorMessage == null ? "" : errorMessage;
        stackTrace = stackTrace == null ? List.of() : List.copyOf(stackTrace);
    }

    public FunctionError(String errorType, String errorMessage) {
        this(errorType, errorMessage, List.of());
    }
}
