package dev.selfcheck.cli;

import static org.assertj.core.api.BDDAssertions.then;

import com.tngtech.archunit.core.domain.JavaModifier;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Architecture of the command-line tool: the shared rules, and {@code Main} as its only public type. */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("cli");
  }

  @Test
  void should_expose_only_main_when_the_public_package_is_listed() {
    // GIVEN
    // WHEN
    var exposed = mainClasses().stream()
        .filter(c -> c.getPackageName().equals("dev.selfcheck.cli") && c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(c -> c.getSimpleName()).collect(Collectors.toList());
    // THEN
    then(exposed).containsExactly("Main");
  }
}
