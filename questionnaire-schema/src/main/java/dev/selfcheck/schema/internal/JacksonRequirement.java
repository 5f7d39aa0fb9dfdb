package dev.selfcheck.schema.internal;

import java.util.Optional;

/**
 * Checks, before the codec first uses Jackson 3, that the class path has the jackson-annotations
 * that Jackson 3 needs. The annotations are shared by Jackson 2 and 3, so a host's Jackson 2
 * dependency management (Spring Boot 3's BOM, for one) can pin an older jar; Jackson 3.1 would
 * then fail deep inside with {@code NoClassDefFoundError: JsonSerializeAs}. This names the cause
 * and the remedy instead.
 */
public final class JacksonRequirement {

  /** The oldest jackson-annotations that the Jackson 3 of this library runs with. */
  public static final String MINIMUM = "2.21";

  /** A class that jackson-annotations has from {@link #MINIMUM} on and Jackson 3.1 loads. */
  private static final String PROBE = "com.fasterxml.jackson.annotation.JsonSerializeAs";

  private JacksonRequirement() {}

  /** @throws IllegalStateException if the class path has an older jackson-annotations */
  public static void check() {
    problem(JacksonRequirement.class.getClassLoader()).ifPresent(message -> {
      throw new IllegalStateException(message);
    });
  }

  /**
   * What is wrong with the jackson-annotations that a class loader sees.
   *
   * @param loader the class loader
   * @return the problem and its remedy, or empty
   */
  public static Optional<String> problem(ClassLoader loader) {
    try {
      Class.forName(PROBE, false, loader);
      return Optional.empty();
    } catch (ClassNotFoundException e) {
      return Optional.of("selfcheck needs jackson-annotations " + MINIMUM + " or newer (Jackson 3 "
          + "uses it), but the class path has " + found(loader) + ". Spring Boot 3 pins an older "
          + "one: import selfcheck-bom before spring-boot-dependencies (or use "
          + "spring-boot-starter-parent), or manage com.fasterxml.jackson.core:jackson-annotations "
          + MINIMUM + " yourself");
    }
  }

  private static String found(ClassLoader loader) {
    try {
      Package annotations =
          Class.forName("com.fasterxml.jackson.annotation.JsonProperty", false, loader).getPackage();
      String version = annotations.getImplementationVersion();
      return version == null ? "an older version" : "version " + version;
    } catch (ClassNotFoundException e) {
      return "none";
    }
  }
}
