package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.schema.DocumentProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document: its tree (null if parsing failed), the source position of every value by JSON
 * Pointer, the findings of parsing, and the members whose YAML key was written without ':'.
 *
 * @param root the tree, or null
 * @param positions line and column (1-based) of each value, keyed by JSON Pointer
 * @param findings the findings of parsing
 * @param colonlessKeys the pointers of members read from a flow mapping entry without ':' (as
 *     "world" in {@code {en: Hello, world}}), which YAML reads as a key with a null value
 */
public record ParsedDocument(JsonNode root, Map<String, int[]> positions, List<Finding> findings,
    List<String> colonlessKeys) {

  /**
   * Makes findings about a document readable in its source: a member whose YAML key had no ':'
   * is almost always the second half of an unquoted text with a comma, so the findings about it
   * (an unknown member, a null value) become one finding that says so; then every finding gets the
   * source position of its pointer (or of the nearest ancestor).
   *
   * @param found findings about this document
   * @return the findings, explained and located
   */
  public List<Finding> explainAndLocate(List<Finding> found) {
    List<Finding> out = new ArrayList<>(found);
    for (String key : colonlessKeys) {
      if (out.removeIf(f -> JsonPointer.isWithin(f.pointer(), key))) {
        List<String> tokens = JsonPointer.tokens(key);
        out.add(DocumentProblem.COLONLESS_FLOW_ENTRY.at(key, tokens.get(tokens.size() - 1)));
        out.sort(Finding.DOCUMENT_ORDER);
      }
    }
    return out.stream().map(this::locate).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Adds the source position of its pointer (or of the nearest ancestor) to a finding.
   *
   * @param finding a finding
   * @return the finding with a position, if one is known
   */
  public Finding locate(Finding finding) {
    if (finding.line().isPresent()) {
      return finding;
    }
    String p = finding.pointer();
    while (true) {
      int[] pos = positions.get(p);
      if (pos != null) {
        return finding.withPosition(pos[0], pos[1]);
      }
      if (p.isEmpty()) {
        return finding;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
