package com.instainstru.local.runtime;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The AWS services the functions use locally: embedded (ElasticMQ + local bus) or an emulator such as LocalStack. */
public interface AwsServices extends AutoCloseable {

    /** Environment variables that point a function's AWS SDK at these services. */
    Map<String, String> functionEnvironment();

    SqsClient sqs();

    String queueUrl(String logicalId);

    String queueArn(String logicalId);

    String busName(String logicalId);

    /** Per queue logical id: {@code visible} and {@code inFlight} message counts. */
    Map<String, Map<String, Integer>> queueDepths();

    @Override
    void close();
}
