package dev.selfcheck.panel.internal;

import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/*
 * The fingerprints of a consensus' panel. A member's fingerprint is the SHA-256 of a canonical
 * text of its answers: for each answer, by question id in code point order, the question id, the
 * answer state's JSON name and the value, each followed by U+001F, and the answer closed by U+001E.
 * A value is written as "true"/"false", a number as its plain decimal without trailing zeros, an
 * option or text as itself, options each followed by U+001D; an answer without a value writes "".
 * Comments and evidence are not part of it: they do not change what the panel combines. The panel's
 * fingerprint is the SHA-256 of its members, by respondent id in code point order, each written as
 * the id, U+001F, the member's fingerprint and U+001E. Both are written "sha256:" + 64 lower-case
 * hex digits (Consensus.FINGERPRINT_PATTERN).
 */
/** Computes the fingerprints of a consensus' panel. */
public final class Fingerprints {

  private Fingerprints() {}

  /**
   * @param response a member's response
   * @return the fingerprint of its answers
   */
  public static String ofAnswers(Response response) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(response.answers()).forEach((id, answer) -> {
      text.append(id).append('\u001f').append(answer.state().jsonName()).append('\u001f');
      answer.value().ifPresent(v -> value(text, v));
      text.append('\u001f').append('\u001e');
    });
    return sha256(text);
  }

  private static void value(StringBuilder text, AnswerValue v) {
    switch (v.kind()) {
      case BOOLEAN -> text.append(v.asBoolean());
      case NUMBER -> text.append(v.asNumber().stripTrailingZeros().toPlainString());
      case STRING -> text.append(v.asString());
      case STRINGS -> v.asOptions().forEach(o -> text.append(o).append('\u001d'));
    }
  }

  /**
   * @param members the members with their fingerprints
   * @return the fingerprint of the whole panel
   */
  public static String ofPanel(List<Consensus.Member> members) {
    StringBuilder text = new StringBuilder();
    members.stream().sorted(Comparator.comparing(Consensus.Member::respondentId)).forEach(m ->
        text.append(m.respondentId()).append('\u001f').append(m.fingerprint()).append('\u001e'));
    return sha256(text);
  }

  private static String sha256(CharSequence text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
