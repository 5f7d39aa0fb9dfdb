package dev.selfcheck.scenarios;

import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.schema.DecodeResult;
import dev.selfcheck.schema.DocumentFormat;
import dev.selfcheck.schema.InvalidDocumentException;
import dev.selfcheck.scenarios.internal.ScenarioReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A questionnaire and the scenarios that pin down what its weights, bands and rules must do,
 * usually read from a scenario file (YAML or JSON; see {@code docs/testing-rule-sets.md}).
 *
 * <pre>{@code
 * questionnaire: classpath:/dev/selfcheck/flagship/welcoming-municipality.yaml
 * defaults: highest
 * scenarios:
 *   - name: no strategy
 *     answers: { mgmt.strategyExists: false }
 *     expect:
 *       recommends: [rec.mgmt.strategyWorkshop]
 *       dimensions: { management.strategy: { score: 700/9, band: exemplary } }
 * }</pre>
 *
 * <p>Reading never throws for a bad file: {@link #read(Path)} returns findings with the JSON
 * Pointer, line and column of each problem ({@link ScenarioProblem}); {@link #load(Path)} throws
 * {@link InvalidDocumentException} carrying them. Suites are immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class ScenarioSuite {

  ScenarioSuite() {}

  /** @return the suite's name: its {@code name} member, else its file name */
  public abstract String name();

  /** @return where the suite was read from, for messages, such as {@code classpath:/a/b.yaml} */
  @Value.Default
  public String source() {
    return name();
  }

  /** @return the questionnaire the scenarios are about */
  public abstract Questionnaire questionnaire();

  /** @return the scenarios, in file order */
  public abstract List<Scenario> scenarios();

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (Scenario s : scenarios()) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("scenario name '" + s.name() + "' is used twice");
      }
    }
  }

  @Override
  public String toString() {
    return "ScenarioSuite[name=" + name() + ", source=" + source() + ", questionnaire="
        + questionnaire().id() + " " + questionnaire().version() + ", scenarios=" + scenarios().size() + "]";
  }

  /**
   * Reads a scenario file: {@code .json} as JSON, anything else as YAML. A questionnaire named by
   * a relative path is found next to the file.
   *
   * @param file the file
   * @return the suite, or the findings that keep it from loading
   */
  public static DecodeResult<ScenarioSuite> read(Path file) {
    return ScenarioReader.readFile(file);
  }

  /**
   * Reads a scenario file from the class path. A questionnaire named by a relative path is a
   * resource next to it.
   *
   * @param resource an absolute resource name, such as {@code /dev/selfcheck/flagship/scenarios/management.yaml}
   * @return the suite, or the findings that keep it from loading
   */
  public static DecodeResult<ScenarioSuite> readResource(String resource) {
    return ScenarioReader.readResource(resource);
  }

  /**
   * Reads a scenario document given as text. A questionnaire named by a relative path is looked
   * up relative to the working directory.
   *
   * @param text the document
   * @param format JSON or YAML
   * @param source a name for messages, such as a file name
   * @return the suite, or the findings that keep it from loading
   */
  public static DecodeResult<ScenarioSuite> read(String text, DocumentFormat format, String source) {
    return ScenarioReader.readText(text, format == DocumentFormat.YAML, source, null);
  }

  /**
   * Loads a scenario file.
   *
   * @param file the file
   * @return the suite
   * @throws InvalidDocumentException with the findings if the file has errors
   */
  public static ScenarioSuite load(Path file) {
    return read(file).orElseThrow();
  }

  /**
   * Loads a scenario file from the class path.
   *
   * @param resource an absolute resource name
   * @return the suite
   * @throws InvalidDocumentException with the findings if the file has errors
   */
  public static ScenarioSuite load(String resource) {
    return readResource(resource).orElseThrow();
  }

  /** @return a new builder, for suites written in code */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ScenarioSuite}s. */
  public static final class Builder extends ImmutableScenarioSuite.Builder {
    Builder() {}
  }
}
