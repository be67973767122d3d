package com.instainstru.guards;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds SQL among a class's string constants. ArchUnit does not expose literals, so this reads the
 * CONSTANT_String entries of the class file's constant pool: every literal, text block, inlined
 * {@code static final} constant and string-concatenation recipe of the class ends up there.
 */
final class SqlStrings {

    /** Upper-case keyword and whitespace, the way this code base writes statements. */
    static final Pattern SQL = Pattern.compile("^\\s*(SELECT|INSERT|UPDATE|DELETE)\\s");

    /** Stands for an argument in the recipe of a string concatenation (StringConcatFactory). */
    private static final String CONCAT_ARGUMENT = "\u0001";

    private SqlStrings() {
    }

    static ArchCondition<JavaClass> containSqlStrings() {
        return new ArchCondition<>("contain SQL strings") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String constant : stringConstants(javaClass)) {
                    if (SQL.matcher(constant).find()) {
                        String message = String.format("%s contains the SQL string \"%s\"", javaClass.getName(),
                                constant.strip().replace(CONCAT_ARGUMENT, "…"));
                        events.add(SimpleConditionEvent.satisfied(javaClass, message));
                    }
                }
            }
        };
    }

    /** SQL strings that name a table matching {@code table}, e.g. {@code \\bbookings\\b}. */
    static ArchCondition<JavaClass> containSqlMentioning(Pattern table, String tables) {
        return new ArchCondition<>("contain SQL strings that mention " + tables) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (String constant : stringConstants(javaClass)) {
                    if (SQL.matcher(constant).find() && table.matcher(constant).find()) {
                        String message = String.format("%s contains the SQL string \"%s\", which mentions %s",
                                javaClass.getName(), constant.strip().replace(CONCAT_ARGUMENT, "…"), tables);
                        events.add(SimpleConditionEvent.satisfied(javaClass, message));
                    }
                }
            }
        };
    }

    static List<String> stringConstants(JavaClass javaClass) {
        Source source = javaClass.getSource()
                .orElseThrow(() -> new IllegalStateException("no class file for " + javaClass.getName()));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return stringConstants(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.getUri(), e);
        }
    }

    /** Walks the constant pool (JVMS 4.4) and resolves each CONSTANT_String to its UTF-8 text. */
    private static List<String> stringConstants(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readInt(); // minor and major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> stringRefs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 8 -> stringRefs.add(in.readUnsignedShort());
                case 7, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // long and double take two slots
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return stringRefs.stream().map(ref -> utf8[ref]).toList();
    }
}
