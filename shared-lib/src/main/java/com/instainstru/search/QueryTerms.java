package com.instainstru.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The service terms of a query: lower-cased, punctuation-free, split on " or " (and commas) into the
 * alternatives whose results are united, with words that name no service ("lessons", "near me") removed.
 */
public final class QueryTerms {

    private static final Pattern ALTERNATIVES = Pattern.compile("\\s+or\\s+|\\s*,\\s*|\\s*/\\s*");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}&+'\\- ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> FILLER = Set.of("lesson", "lessons", "class", "classes", "teacher", "teachers",
            "tutor", "tutors", "instructor", "instructors", "coach", "coaches", "course", "courses", "private",
            "for", "near", "me", "a", "an", "the", "in", "my", "with", "and", "learn", "learning", "to", "of",
            "i", "want", "need", "looking", "find", "online", "nyc", "session", "sessions");
    /** Edit distances are computed on at most this many characters. */
    public static final int MAX_TERM_LENGTH = 100;

    private QueryTerms() {
    }

    /** The alternatives of {@code query}, each a non-empty phrase; empty when only filler words remain. */
    public static List<String> of(String query) {
        String text = Normalizer.normalize(query, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String alternative : ALTERNATIVES.split(SPACES.matcher(" " + text + " ").replaceAll(" "))) {
            String words = NOT_WORD.matcher(alternative).replaceAll(" ").strip();
            String kept = String.join(" ", Arrays.stream(SPACES.split(words))
                    .filter(word -> !word.isEmpty() && !FILLER.contains(word)).toList());
            if (kept.length() > MAX_TERM_LENGTH) {
                kept = kept.substring(0, MAX_TERM_LENGTH).strip();
            }
            if (!kept.isEmpty() && !terms.contains(kept)) {
                terms.add(kept);
            }
        }
        return terms;
    }
}
