package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.analysis.AnalysisProblem;
import dev.selfcheck.core.FindingType;
import dev.selfcheck.core.QuestionnaireProblem;
import dev.selfcheck.core.ResponseProblem;
import dev.selfcheck.scenarios.ScenarioProblem;
import dev.selfcheck.schema.DocumentProblem;
import dev.selfcheck.scoring.ScoringProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/findings.md lists every finding code, and codes are unique across the catalogs. */
class FindingsCatalogTest {

  private static List<FindingType> allTypes() {
    return Stream.of(DocumentProblem.values(), QuestionnaireProblem.values(), ResponseProblem.values(),
            ScoringProblem.values(), AnalysisProblem.values(), ScenarioProblem.values())
        .flatMap(Stream::of)
        .map(FindingType.class::cast)
        .toList();
  }

  @Test
  void should_list_every_code_with_its_message_when_reading_findings_md() throws IOException {
    // GIVEN
    String page = Files.readString(Path.of("findings.md"), StandardCharsets.UTF_8);
    // THEN
    for (FindingType type : allTypes()) {
      then(page).as("findings.md (regenerate with python3 docs/generate-findings.py)")
          .contains("| `" + type.code() + "` | " + type.severity() + " | `" + type + "` |")
          .contains(type.template().replace("|", "\\|"));
    }
  }

  @Test
  void should_never_reuse_a_code_when_catalogs_grow() {
    Set<String> seen = new HashSet<>();
    for (FindingType type : allTypes()) {
      then(seen.add(type.code())).as("code %s is used twice", type.code()).isTrue();
      then(type.code()).matches("(DOC|QST|RSP|SCO|ANA|TST)-\\d{4}");
    }
  }
}
