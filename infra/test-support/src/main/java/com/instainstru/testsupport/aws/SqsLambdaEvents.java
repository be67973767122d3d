package com.instainstru.testsupport.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Turns messages received from a queue into the SQS event JSON that Lambda's event source mapping
 * hands to a function, so a test can play the poller: receive, invoke, delete what succeeded.
 */
public final class SqsLambdaEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SqsLambdaEvents() {
    }

    public static String toLambdaEvent(List<Message> messages, String queueArn) {
        ObjectNode event = JSON.createObjectNode();
        ArrayNode records = event.putArray("Records");
        for (Message message : messages) {
            ObjectNode record = records.addObject()
                    .put("messageId", message.messageId())
                    .put("receiptHandle", message.receiptHandle())
                    .put("body", message.body())
                    .put("md5OfBody", message.md5OfBody())
                    .put("eventSource", "aws:sqs")
                    .put("eventSourceARN", queueArn)
                    .put("awsRegion", "us-east-1");
            ObjectNode attributes = record.putObject("attributes");
            for (Map.Entry<MessageSystemAttributeName, String> attribute : message.attributes().entrySet()) {
                attributes.put(attribute.getKey().toString(), attribute.getValue());
            }
            record.putObject("messageAttributes");
        }
        return event.toString();
    }
}
