package com.instainstru.testsupport.aws;

import java.util.Map;

/** What {@link TemplateProvisioner} created in the emulator: the bus name and queue URLs by logical id. */
public record ProvisionedEvents(String busName, Map<String, String> queueUrls) {

    public String queueUrl(String logicalId) {
        String url = queueUrls.get(logicalId);
        if (url == null) {
            throw new IllegalArgumentException("template.yaml declares no queue " + logicalId);
        }
        return url;
    }
}
