package com.instainstru.notifications.email;

import java.util.ArrayList;
import java.util.List;

/**
 * The two bodies of an email, written once: paragraphs and links become plain text and matching HTML,
 * with every value HTML-escaped (names and addresses come from users).
 */
public record EmailBody(String text, String html) {

    public static Builder builder() {
        return new Builder();
    }

    /** Secrets (codes, reset links) travel in the bodies: never print them. */
    @Override
    public String toString() {
        return "EmailBody[" + text.length() + " characters]";
    }

    public static final class Builder {

        private final List<String> text = new ArrayList<>();
        private final List<String> html = new ArrayList<>();

        private Builder() {
        }

        public Builder paragraph(String sentence) {
            text.add(sentence);
            html.add("<p>" + escape(sentence) + "</p>");
            return this;
        }

        /** A value that must stand out, such as a one-time code. */
        public Builder highlight(String value) {
            text.add(value);
            html.add("<p style=\"font-size:24px;font-weight:bold;letter-spacing:4px\">" + escape(value) + "</p>");
            return this;
        }

        public Builder link(String label, String url) {
            text.add(label + ": " + url);
            html.add("<p><a href=\"" + escape(url) + "\">" + escape(label) + "</a></p>");
            return this;
        }

        public EmailBody build() {
            return new EmailBody(String.join("\n\n", text) + "\n",
                    "<!DOCTYPE html><html><body>" + String.join("", html) + "</body></html>");
        }
    }

    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
