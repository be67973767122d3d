package com.instainstru.notifications.email.resend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The body of Resend's {@code POST /emails}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResendEmailRequest(String from, List<String> to, String subject, String text, String html) {

    @Override
    public String toString() {
        return "ResendEmailRequest[subject=" + subject + "]";
    }
}
