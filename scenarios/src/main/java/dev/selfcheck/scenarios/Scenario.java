package dev.selfcheck.scenarios;

import dev.selfcheck.core.Response;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One scenario of a {@link ScenarioSuite}: a response (the answers given, the other questions
 * answered by the suite's default) and what its assessment must show.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
public abstract class Scenario {

  Scenario() {}

  /** @return the name, unique within its suite */
  public abstract String name();

  /** @return the response the scenario describes, with the defaults applied */
  public abstract Response response();

  /** @return what the assessment of the response must show */
  public abstract List<Expectation> expectations();

  /** @return the JSON Pointer of the scenario in its file, empty if built in code */
  @Value.Default
  public String pointer() {
    return "";
  }

  /** @return the line of the scenario in its file */
  public abstract OptionalInt line();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("a scenario needs a name, but name is blank");
    }
  }

  @Override
  public String toString() {
    return "Scenario[name=" + name() + ", answers=" + response().answers().size() + ", expectations="
        + expectations().size() + (pointer().isEmpty() ? "" : ", at=" + pointer()) + "]";
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Scenario}s. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }
}
