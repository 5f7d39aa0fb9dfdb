package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Finding;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed document: its tree (null if parsing failed), the source position of every value by JSON
 * Pointer, and the findings of parsing.
 *
 * @param root the tree, or null
 * @param positions line and column (1-based) of each value, keyed by JSON Pointer
 * @param findings the findings of parsing
 */
public record ParsedDocument(JsonNode root, Map<String, int[]> positions, List<Finding> findings) {

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
