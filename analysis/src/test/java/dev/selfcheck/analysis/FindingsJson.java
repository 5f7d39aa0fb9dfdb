package dev.selfcheck.analysis;

import dev.selfcheck.core.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes expected findings: JSON arrays of code, severity, pointer and message. */
final class FindingsJson {

  static final Path RESOURCES = Path.of("src/test/resources/dev/selfcheck/analysis");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FindingsJson() {}

  /** @return the findings as comparable rows: code, severity, pointer, message */
  static List<List<String>> rows(List<Finding> findings) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding f : findings) {
      rows.add(List.of(f.code(), f.severity().name(), f.pointer(), f.message()));
    }
    return rows;
  }

  /** @return the rows of an expected-findings array */
  static List<List<String>> rows(JsonNode array) {
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode f : array) {
      rows.add(List.of(f.get("code").asString(), f.get("severity").asString(),
          f.get("pointer").asString(), f.get("message").asString()));
    }
    return rows;
  }

  static JsonNode read(String name) {
    try {
      return JSON.readTree(Files.readString(RESOURCES.resolve(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders findings as an expected-findings array (used to write a fixture after review). */
  static String render(List<Finding> findings) {
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> row : rows(findings)) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("code", row.get(0));
      m.put("severity", row.get(1));
      m.put("pointer", row.get(2));
      m.put("message", row.get(3));
      out.add(m);
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
  }
}
