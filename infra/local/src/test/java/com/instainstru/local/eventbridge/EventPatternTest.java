package com.instainstru.local.eventbridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventPatternTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json                                           | not valid JSON
            ``                                                 | not valid JSON
            {"a":["x"],"a":["y"]}                              | Duplicate field 'a'
            []                                                 | must be a JSON object
            {}                                                 | Empty objects are not allowed (at the top level)
            {"a":{"b":{}}}                                     | Empty objects are not allowed (at a.b)
            {"source":"x"}                                     | "source" must be an object or an array (at source)
            {"detail":{"state":[]}}                            | Empty arrays are not allowed (at detail.state)
            {"a":[["x"]]}                                      | Match value must be String, number, true, false, or null
            {"a":[{"prefix":"x","suffix":"y"}]}                | Only one key allowed in match expression
            {"a":[{"regex":"x"}]}                              | Unrecognized match type regex
            {"a":[{"prefix":1}]}                               | prefix match pattern must be a string
            {"a":[{"suffix":{"ignore-case":"x"}}]}             | suffix match pattern must be a string
            {"a":[{"equals-ignore-case":["x"]}]}               | equals-ignore-case match pattern must be a string
            {"a":[{"exists":"yes"}]}                           | exists match pattern must be either true or false
            {"a":[{"numeric":5}]}                              | Value of numeric must be an array.
            {"a":[{"numeric":[">",5,"<",1]}]}                  | Bottom must be less than top
            {"a":[{"numeric":[">",5,"<=",5]}]}                 | Bottom must be less than top
            {"a":[{"numeric":["<",5,">",1]}]}                  | must start with > or >=
            {"a":[{"numeric":[">",1,">",5]}]}                  | Bad numeric range operator: >
            {"a":[{"numeric":["!=",5]}]}                       | Unrecognized numeric range operator: !=
            {"a":[{"numeric":[">","5"]}]}                      | Value of > must be numeric
            {"a":[{"numeric":[">",1,"<",5,"<",6]}]}            | numeric takes an operator and a number
            {"a":[{"anything-but":["x",1]}]}                   | mixed type is not supported
            {"a":[{"anything-but":[]}]}                        | mixed type is not supported
            {"a":[{"anything-but":[true]}]}                    | mixed type is not supported
            {"a":[{"anything-but":null}]}                      | Value of anything-but must be
            {"a":[{"anything-but":{"prefix":""}}]}             | Null prefix/suffix not allowed
            {"a":[{"anything-but":{"numeric":[">",1]}}]}       | Unsupported anything-but pattern: numeric
            {"a":[{"wildcard":"a**b"}]}                        | Consecutive wildcard characters at pos 2
            {"a":[{"wildcard":"a\\\\b"}]}                      | Invalid escape character at pos 1
            {"a":[{"cidr":"10.0.0.0"}]}                        | Malformed CIDR
            {"a":[{"cidr":"10.0.0.0/33"}]}                     | prefix length must be 0 to 32
            {"a":[{"cidr":"example.com/8"}]}                   | Malformed CIDR
            {"$or":[{"a":["x"]}]}                              | There must be at least 2 objects in $or (at $or)
            {"detail":{"$or":[{"a":["x"]},"b"]}}               | Only JSON objects are allowed in the $or array, not "b" (at detail.$or)
            """)
    void rejectsInvalidPatternsSayingWhyAndWhere(String pattern, String reason) {
        assertThatThrownBy(() -> EventPattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Event pattern is not valid. Reason: ")
                .hasMessageContaining(reason);
    }

    @Test
    void exactNumbersMatchNumericallyAsEventRulerDoes() {
        EventPattern pattern = EventPattern.parse("{\"detail\":{\"price\":[300]}}");

        assertThat(pattern.matches(event("{\"detail\":{\"price\":300.0}}"))).isTrue();
        assertThat(pattern.matches(event("{\"detail\":{\"price\":3.0e2}}"))).isTrue();
        assertThat(pattern.matches(event("{\"detail\":{\"price\":300.5}}"))).isFalse();
    }

    @Test
    void numbersAreComparedExactlyNotAsDoubles() {
        EventPattern exact = EventPattern.parse("{\"id\":[12345678901234567890]}");
        EventPattern above = EventPattern.parse("{\"x\":[{\"numeric\":[\">\",0.1]}]}");

        assertThat(exact.matches(event("{\"id\":12345678901234567890}"))).isTrue();
        assertThat(exact.matches(event("{\"id\":12345678901234567891}"))).isFalse();
        assertThat(above.matches(event("{\"x\":0.1}"))).isFalse();
        assertThat(above.matches(event("{\"x\":0.10000000000000001}"))).isTrue();
    }

    @Test
    void matchesEventsParsedByAnyObjectMapper() throws Exception {
        EventPattern pattern = EventPattern.parse("{\"x\":[{\"numeric\":[\"=\",0.1]}],\"y\":[0.3]}");

        assertThat(pattern.matches(MAPPER.readTree("{\"x\":0.1,\"y\":0.3}"))).isTrue();
    }

    @Test
    void orFollowedByAnObjectIsAnOrdinaryFieldAsInEventRuler() {
        EventPattern pattern = EventPattern.parse("{\"$or\":{\"a\":[\"x\"]}}");

        assertThat(pattern.matches(event("{\"$or\":{\"a\":\"x\"}}"))).isTrue();
        assertThat(pattern.matches(event("{\"a\":\"x\"}"))).isFalse();
    }

    @Test
    void nestedOrBranchesCombineWithTheirLevel() {
        EventPattern pattern = EventPattern.parse("""
                {"source":["s"],"detail":{"$or":[{"a":[1]},{"b":[2],"$or":[{"c":[3]},{"d":[4]}]}]}}""");

        assertThat(pattern.matches(event("{\"source\":\"s\",\"detail\":{\"b\":2,\"d\":4}}"))).isTrue();
        assertThat(pattern.matches(event("{\"source\":\"s\",\"detail\":{\"b\":2}}"))).isFalse();
        assertThat(pattern.matches(event("{\"source\":\"t\",\"detail\":{\"a\":1}}"))).isFalse();
    }

    @Test
    void fieldsOfOneArrayElementMustMatchTogether() {
        EventPattern pattern = EventPattern.parse("{\"items\":{\"sku\":[\"a\"],\"qty\":[2]}}");

        assertThat(pattern.matches(event("{\"items\":[{\"sku\":\"a\",\"qty\":1},{\"sku\":\"b\",\"qty\":2}]}")))
                .isFalse();
        assertThat(pattern.matches(event("{\"items\":[{\"sku\":\"b\",\"qty\":1},{\"sku\":\"a\",\"qty\":2}]}")))
                .isTrue();
    }

    @Test
    void nestedEventArraysAreFlattened() {
        assertThat(EventPattern.parse("{\"tags\":[\"x\"]}").matches(event("{\"tags\":[[\"w\"],[\"x\"]]}"))).isTrue();
    }

    @Test
    void cidrNeverResolvesHostNames() {
        EventPattern pattern = EventPattern.parse("{\"ip\":[{\"cidr\":\"127.0.0.0/8\"}]}");

        assertThat(pattern.matches(event("{\"ip\":\"localhost\"}"))).isFalse();
        assertThat(pattern.matches(event("{\"ip\":\"127.0.0.1\"}"))).isTrue();
        assertThat(pattern.matches(event("{\"ip\":\"127.0.0.256\"}"))).isFalse();
    }

    @Test
    void wildcardEscapesAndAnchors() {
        EventPattern pattern = EventPattern.parse("{\"p\":[{\"wildcard\":\"a\\\\\\\\b*\"}]}");

        assertThat(pattern.matches(event("{\"p\":\"a\\\\bcd\"}"))).isTrue();
        assertThat(pattern.matches(event("{\"p\":\"xa\\\\bcd\"}"))).isFalse();
    }

    @Test
    void keepsItsJsonText() {
        assertThat(EventPattern.parse("{ \"source\" : [ \"s\" ] }")).hasToString("{\"source\":[\"s\"]}");
    }

    private static JsonNode event(String json) {
        try {
            return Json.read(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
