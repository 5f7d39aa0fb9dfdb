/**
 * A Jackson 2 module (with a Spring Boot 3 auto-configuration) that lets a host's own
 * {@code ObjectMapper} write and read selfcheck's questionnaires, responses and assessments as their
 * canonical JSON.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.jackson2.internal} stays inside the module.
 * Spring Boot is optional: the auto-configuration is read only where Spring Boot is present.
 */
// The name follows the Jackson line it serves, as the artifact does (javac warns of the digit).
@SuppressWarnings("module")
module dev.selfcheck.jackson2 {
  requires transitive dev.selfcheck.schema;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires static spring.boot.autoconfigure;
  requires static spring.context;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.selfcheck.jackson2.SelfcheckJackson2Module;
}
