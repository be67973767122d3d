package com.instainstru.platform.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How another person appears to everyone but themselves and admins (reference §24): the first name, the
 * initial of the last name and a period, "Sarah C.". Response schemas that describe other people carry a
 * {@code PublicName} instead of the two name fields, so a full last name cannot reach them by mistake; it is
 * written to JSON as the plain string.
 *
 * <p>Names are NFC-normalized and their whitespace collapsed; the first letters of both names are
 * title-cased ("sarah connor" gives "Sarah C."); the initial is a whole user-perceived character, so
 * accented and non-Latin initials survive ("Émile Łukasiewicz" gives "Émile Ł."). Without a usable last
 * name only the first name is shown; without any name, {@link #NO_NAME}.
 */
public record PublicName(String value) {

    /** Shown for a person whose record holds no name at all. */
    public static final String NO_NAME = "Anonymous";

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");

    @JsonCreator
    public PublicName {
        Objects.requireNonNull(value, "value");
    }

    public static PublicName of(String firstName, String lastName) {
        String first = capitalized(clean(firstName));
        String initial = initialOf(clean(lastName));
        if (initial.isEmpty()) {
            return new PublicName(first.isEmpty() ? NO_NAME : first);
        }
        return new PublicName(first.isEmpty() ? initial + "." : first + " " + initial + ".");
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    private static String clean(String name) {
        if (name == null) {
            return "";
        }
        return WHITESPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** The first character (grapheme) of the name that starts with a letter, title-cased; "" if none. */
    private static String initialOf(String lastName) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(lastName);
        int start = characters.first();
        for (int end = characters.next(); end != BreakIterator.DONE; start = end, end = characters.next()) {
            if (Character.isLetter(lastName.codePointAt(start))) {
                return capitalized(lastName.substring(start, end));
            }
        }
        return "";
    }

    private static String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder(text.length())
                .appendCodePoint(Character.toTitleCase(first))
                .append(text, Character.charCount(first), text.length())
                .toString();
    }
}
