package dev.selfcheck.schema.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The check that names an old jackson-annotations instead of a NoClassDefFoundError deep in Jackson. */
@Tag("issue-17")
class JacksonRequirementTest {

  @Test
  void should_find_no_problem_when_the_build_class_path_is_checked() {
    // GIVEN the class path of this build, with the jackson-annotations Jackson 3 brings
    ClassLoader loader = getClass().getClassLoader();
    // WHEN
    Optional<String> problem = JacksonRequirement.problem(loader);
    // THEN
    then(problem).isEmpty();
  }

  @Test
  void should_require_the_version_that_the_build_uses_and_the_bom_manages_when_jackson_moves()
      throws IOException {
    // GIVEN the jackson-annotations that this build's Jackson 3 brings, and the BOM
    String built = com.fasterxml.jackson.annotation.JsonProperty.class.getPackage()
        .getImplementationVersion();
    String bom = Files.readString(Path.of("..", "bom", "pom.xml"));
    // WHEN
    String minimum = JacksonRequirement.MINIMUM;
    // THEN
    then(minimum).isEqualTo(built);
    then(bom).containsPattern(Pattern.compile("<artifactId>jackson-annotations</artifactId>\\s*"
        + "<version>" + Pattern.quote(minimum) + "</version>"));
  }

  @Test
  void should_name_the_minimum_and_the_remedy_when_the_annotations_are_missing() {
    // GIVEN a class loader that sees only the JDK
    ClassLoader jdkOnly = new ClassLoader(null) {};
    // WHEN
    Optional<String> problem = JacksonRequirement.problem(jdkOnly);
    // THEN
    then(problem).hasValueSatisfying(message -> then(message)
        .contains("jackson-annotations 2.21 or newer", "the class path has none",
            "import selfcheck-bom before spring-boot-dependencies"));
  }

  @Test
  void should_name_the_version_found_when_the_annotations_are_older() {
    // GIVEN a class loader that sees an older jackson-annotations: this build's jar, without
    // the class that 2.21 added
    ClassLoader build = getClass().getClassLoader();
    ClassLoader older = new ClassLoader(null) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (name.endsWith("JsonSerializeAs")) {
          throw new ClassNotFoundException(name);
        }
        return build.loadClass(name);
      }
    };
    // WHEN
    Optional<String> problem = JacksonRequirement.problem(older);
    // THEN
    then(problem).hasValueSatisfying(message -> then(message).contains("the class path has "
        + "version " + com.fasterxml.jackson.annotation.JsonProperty.class.getPackage()
            .getImplementationVersion()));
  }
}
