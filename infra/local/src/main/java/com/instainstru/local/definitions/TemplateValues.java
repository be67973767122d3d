package com.instainstru.local.definitions;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves template values the way CloudFormation would for the few intrinsic functions the template
 * uses. Jackson YAML drops short tags ({@code !Ref Stage} reads as {@code "Stage"}), so a plain string
 * that names a parameter or resource is taken as a reference; {@code ${X}} inside a string is a
 * {@code !Sub}. Our template never uses a literal that equals a logical id, and TemplateRules keeps
 * templates readable; a value that looks like a reference but is meant literally would be misread.
 */
public final class TemplateValues {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([A-Za-z0-9:.]+)}");

    private final Map<String, String> references;
    private final Set<String> declaredNames;

    /** {@code references}: parameter values and resource names/ARNs by logical id (and "Id.Attr"). */
    public TemplateValues(Map<String, String> references) {
        this(references, Set.of());
    }

    /**
     * {@code declaredNames}: every parameter and resource of the template, so that a reference to one the
     * local runtime has no value for fails loudly instead of passing its name on as a literal.
     */
    public TemplateValues(Map<String, String> references, Set<String> declaredNames) {
        this.references = Map.copyOf(references);
        this.declaredNames = Set.copyOf(declaredNames);
    }

    public String resolve(JsonNode value) {
        if (value.has("Ref")) {
            return lookup(value.get("Ref").asText());
        }
        if (value.has("Fn::Sub")) {
            return substitute(value.get("Fn::Sub").asText());
        }
        String text = value.asText();
        if (references.containsKey(text)) {
            return references.get(text);
        }
        if (declaredNames.contains(text)) {
            return lookup(text);
        }
        return substitute(text);
    }

    private String substitute(String text) {
        Matcher matcher = SUBSTITUTION.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(lookup(matcher.group(1))));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String lookup(String name) {
        String value = references.get(name);
        if (value == null) {
            throw new IllegalArgumentException("template.yaml refers to " + name + ", which the local runtime cannot resolve");
        }
        return value;
    }
}
