package dev.selfcheck.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.selfcheck.architecture.ModuleArchitectureContract;
import org.junit.jupiter.api.Test;

/** Architecture of the report module's main code: the shared rules, and the JDK as its only library (beside core, scoring and panel). */
class ArchitectureTest extends ModuleArchitectureContract {

  ArchitectureTest() {
    super("report");
  }

  @Test
  void should_use_no_json_library_or_template_engine_when_report_main_code_is_compiled() {
    check(noClasses().that().resideInAPackage("dev.selfcheck.report..")
        .should().dependOnClassesThat(DescribedPredicate.describe("anything but the JDK, core, scoring, panel, apiguardian",
            (JavaClass c) -> !(c.getPackageName().startsWith("java.")
                || c.getPackageName().startsWith("dev.selfcheck.core")
                || c.getPackageName().startsWith("dev.selfcheck.scoring")
                || c.getPackageName().startsWith("dev.selfcheck.panel")
                || c.getPackageName().startsWith("dev.selfcheck.report")
                || c.getPackageName().startsWith("org.apiguardian")
                || c.isPrimitive() || c.isArray()))));
  }
}
