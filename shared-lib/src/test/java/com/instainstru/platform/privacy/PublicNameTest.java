package com.instainstru.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.instainstru.platform.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicNameTest {

    @ParameterizedTest(name = "[{0}] [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = false, nullValues = "NULL",
            value = {
        "Sarah|Connor|Sarah C.",
        "sarah|connor|Sarah C.",
        "  Sarah  |  Connor |Sarah C.",
        "Mary   Jane|Watson|Mary Jane W.",
        "Émile|Łukasiewicz|Émile Ł.",
        "élodie|ødegaard|Élodie Ø.",
        "Yuki|山田|Yuki 山.",
        "Ana|O'Brien|Ana O.",
        "Ana|'t Hooft|Ana T.",
        "Ana|\u01c6emal|Ana \u01c5.",
        "Sarah||Sarah",
        "Sarah|   |Sarah",
        "Sarah|NULL|Sarah",
        "Sarah|-- 42|Sarah",
        "|Connor|C.",
        "NULL|NULL|Anonymous",
    })
    void rendersFirstNameAndLastInitial(String first, String last, String expected) {
        assertThat(PublicName.of(first, last).value()).isEqualTo(expected);
    }

    @Test
    void keepsADecomposedAccentWithItsLetter() {
        assertThat(PublicName.of("Zoe", "e\u0301clair").value()).isEqualTo("Zoe \u00c9.");
        assertThat(PublicName.of("Zoe", "\u00e9clair").value()).isEqualTo("Zoe \u00c9.");
    }

    @Test
    void keepsACharacterOutsideTheBasicPlaneWhole() {
        String deseretLongI = new String(Character.toChars(0x10428)); // lower-case; upper is U+10400
        String upper = new String(Character.toChars(0x10400));

        assertThat(PublicName.of("Bo", deseretLongI + "x").value()).isEqualTo("Bo " + upper + ".");
    }

    @Test
    void neverContainsMoreOfTheLastNameThanItsInitial() {
        assertThat(PublicName.of("Sarah", "Connor-Smith").value()).doesNotContain("onnor").endsWith("C.");
    }

    @Test
    void isWrittenAndReadAsAPlainJsonString() throws Exception {
        ObjectMapper json = TestPlatform.json();
        record Card(String id, PublicName name) {
        }

        String written = json.writeValueAsString(new Card("u1", PublicName.of("sarah", "connor")));

        assertThat(written).isEqualTo("{\"id\":\"u1\",\"name\":\"Sarah C.\"}");
        assertThat(json.readValue(written, Card.class).name()).isEqualTo(new PublicName("Sarah C."));
    }
}
