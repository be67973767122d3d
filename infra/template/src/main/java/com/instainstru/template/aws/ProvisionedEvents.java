package com.instainstru.template.aws;

import java.util.Map;

/** What {@link TemplateProvisioner} created: bus names, queue URLs and queue ARNs, each by logical id. */
public record ProvisionedEvents(Map<String, String> busNames, Map<String, String> queueUrls,
        Map<String, String> queueArns) {

    public String queueUrl(String logicalId) {
        return require(queueUrls, logicalId);
    }

    public String queueArn(String logicalId) {
        return require(queueArns, logicalId);
    }

    /** The name of the template's only bus. */
    public String busName() {
        if (busNames.size() != 1) {
            throw new IllegalStateException("expected one event bus, template.yaml has " + busNames.keySet());
        }
        return busNames.values().iterator().next();
    }

    private static String require(Map<String, String> byId, String logicalId) {
        String value = byId.get(logicalId);
        if (value == null) {
            throw new IllegalArgumentException("template.yaml declares no queue " + logicalId);
        }
        return value;
    }
}
