package dev.selfcheck.core;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** How JSON Pointers (RFC 6901) are built, taken apart and compared. */
class JsonPointerTest {

  @Test
  void should_escape_tilde_before_slash_when_a_member_name_holds_both() {
    // GIVEN a name whose naive escaping in the wrong order would read back as "a~1b"
    String name = "a/b~1";

    // WHEN
    String pointer = JsonPointer.append("/answers", name);

    // THEN
    then(pointer).isEqualTo("/answers/a~1b~01");
    then(JsonPointer.tokens(pointer)).containsExactly("answers", "a/b~1");
  }

  @Test
  void should_leave_plain_names_unchanged_when_escaped() {
    then(JsonPointer.escape("cohesion.encounters")).isEqualTo("cohesion.encounters");
    then(JsonPointer.unescape("cohesion.encounters")).isEqualTo("cohesion.encounters");
  }

  @Test
  void should_append_an_index_when_an_element_is_named() {
    then(JsonPointer.append("", 0)).isEqualTo("/0");
    then(JsonPointer.append(JsonPointer.append("/dimensions", 2), "questions")).isEqualTo("/dimensions/2/questions");
    thenThrownBy(() -> JsonPointer.append("/rules", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("index must be 0 or more, was -1");
  }

  @Test
  void should_split_into_tokens_when_the_pointer_has_empty_tokens() {
    then(JsonPointer.tokens("")).isEmpty();
    then(JsonPointer.tokens("/")).containsExactly("");
    then(JsonPointer.tokens("/a//b/")).containsExactly("a", "", "b", "");
    thenThrownBy(() -> JsonPointer.tokens("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a JSON Pointer is empty or starts with '/', was 'a/b'");
  }

  @Test
  void should_tell_containment_token_by_token_when_pointers_share_a_prefix() {
    then(JsonPointer.isWithin("/rules/3/when", "/rules/3")).isTrue();
    then(JsonPointer.isWithin("/rules/3", "/rules/3")).isTrue();
    then(JsonPointer.isWithin("/rules/30", "/rules/3")).isFalse();
    then(JsonPointer.isWithin("/rules", "/rules/3")).isFalse();
    then(JsonPointer.isWithin("/anything", "")).isTrue();
    then(JsonPointer.isWithin("", "")).isTrue();
  }

  @Property
  void should_read_back_every_name_when_appended_and_split(@ForAll String first, @ForAll String second) {
    String pointer = JsonPointer.append(JsonPointer.append("", first), second);

    then(JsonPointer.tokens(pointer)).containsExactly(first, second);
    then(JsonPointer.isWithin(pointer, JsonPointer.append("", first))).isTrue();
  }

  @Test
  void should_escape_and_unescape_when_tilde_or_slash_starts_or_ends_a_token() {
    // GIVEN
    String[] names = {"~a", "a~", "/a", "a/", "~", "/"};
    // WHEN
    String[] tokens = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      tokens[i] = JsonPointer.escape(names[i]);
    }
    // THEN
    then(tokens).containsExactly("~0a", "a~0", "~1a", "a~1", "~0", "~1");
    then(JsonPointer.unescape("~1a")).isEqualTo("/a");
    then(JsonPointer.unescape("~0a")).isEqualTo("~a");
    then(JsonPointer.unescape("a~1")).isEqualTo("a/");
    then(JsonPointer.tokens("/~1a/b~0")).containsExactly("/a", "b~");
  }
}
