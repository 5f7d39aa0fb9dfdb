package dev.selfcheck.docs;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's Java modules as a host on the module path sees them: the built artifacts and their
 * dependencies are loaded into a fresh module layer, as {@code java --module-path} would, and each
 * module exports its API package and nothing under {@code .internal}.
 */
class ModulesTest {

  /** Every library module; the command-line tool is an application and runs on the class path. */
  private static final List<String> MODULES = List.of("dev.selfcheck.core", "dev.selfcheck.scoring",
      "dev.selfcheck.schema", "dev.selfcheck.analysis", "dev.selfcheck.panel", "dev.selfcheck.editions", "dev.selfcheck.surveyjs", "dev.selfcheck.report", "dev.selfcheck.flagship",
      "dev.selfcheck.scenarios", "dev.selfcheck.testkit");

  private static ModuleLayer layer;

  @BeforeAll
  static void loadTheModules() {
    Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).filter(Files::exists).filter(p -> !p.endsWith("test-classes")).toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(entries), ModuleFinder.of(), MODULES);
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void should_export_only_the_api_package_when_a_host_reads_a_module() {
    // GIVEN
    Map<String, Set<String>> exported = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    // WHEN
    for (String name : MODULES) {
      Module module = layer.findModule(name).orElseThrow();
      for (String pkg : module.getPackages()) {
        if (module.isExported(pkg)) {
          exported.computeIfAbsent(name, n -> new TreeSet<>()).add(pkg);
        }
        if (pkg.endsWith(".internal")) {
          internal.add(pkg);
          then(module.isOpen(pkg)).as(pkg).isFalse();
        }
      }
    }
    // THEN
    Map<String, Set<String>> apiOnly = new TreeMap<>();
    MODULES.forEach(name -> apiOnly.put(name, Set.of(name)));  // each module is named after its API package
    // resources only (the scenario suites), opened so that ScenarioSuite.readResource finds them
    apiOnly.put("dev.selfcheck.flagship", Set.of("dev.selfcheck.flagship", "dev.selfcheck.flagship.scenarios"));
    then(exported).isEqualTo(apiOnly);
    then(internal).hasSize(10);
  }

  @Test
  void should_refuse_access_when_a_host_reaches_for_an_internal_class() throws IOException, ReflectiveOperationException {
    // GIVEN every public class of every internal package
    List<Class<?>> hidden = new ArrayList<>();
    for (String name : MODULES) {
      Module module = layer.findModule(name).orElseThrow();
      try (ModuleReader reader = layer.configuration().findModule(name).orElseThrow().reference().open();
          Stream<String> resources = reader.list()) {
        for (String resource : resources.filter(r -> r.contains("/internal/") && r.endsWith(".class"))
            .collect(Collectors.toList())) {
          Class<?> type = Class.forName(module, resource.replace('/', '.').replaceAll("\\.class$", ""));
          if (Modifier.isPublic(type.getModifiers()) && !type.isMemberClass()) {
            hidden.add(type);
          }
        }
      }
    }
    // WHEN the host uses reflection, as it would have to for a class it cannot compile against
    List<String> reachable = new ArrayList<>();
    for (Class<?> type : hidden) {
      AccessibleObject member = Stream.concat(Arrays.stream(type.getDeclaredConstructors()),
          Arrays.stream(type.getDeclaredMethods())).findFirst().orElseThrow();
      if (!(catchThrowable(() -> member.setAccessible(true)) instanceof InaccessibleObjectException)) {
        reachable.add(type.getName());
      }
    }
    // THEN
    System.err.println(hidden.size() + " public classes in internal packages, none reachable from a host");
    then(hidden).hasSizeGreaterThan(30);
    then(reachable).isEmpty();
  }
}
