package com.instainstru.local.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One function as template.yaml declares it, with everything already resolved by the caller.
 *
 * <p>{@code environment} is Globals plus the function's own variables. Keys that Lambda reserves for itself
 * ({@code AWS_REGION}, {@code _HANDLER}, ...) are rejected as a deployment would reject them. Credentials
 * ({@code AWS_ACCESS_KEY_ID}, ...) are allowed: Lambda injects them from the execution role, and locally the
 * caller plays that role.
 */
public record FunctionSpec(
        String logicalId,
        Path codeZip,
        String handler,
        Map<String, String> environment,
        Duration timeout,
        int memoryMb) {

    /** https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime */
    static final Set<String> RESERVED_KEYS = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    public FunctionSpec {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(codeZip, "codeZip");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(timeout, "timeout");
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        if (!logicalId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("logicalId must be a valid function name: " + logicalId);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(logicalId + ": timeout must be positive, was " + timeout);
        }
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException(logicalId + ": memoryMb must be 128..10240, was " + memoryMb);
        }
        Set<String> reserved = new TreeSet<>(environment.keySet());
        reserved.retainAll(RESERVED_KEYS);
        if (!reserved.isEmpty()) {
            throw new IllegalArgumentException(logicalId + ": environment sets keys reserved by Lambda: " + reserved);
        }
    }
}
