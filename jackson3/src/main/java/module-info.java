/**
 * A Jackson 3 module that lets a host's own {@code JsonMapper} (Spring Boot 4's, for one) write and
 * read selfcheck's questionnaires, responses and assessments as their canonical JSON.
 *
 * <p>Exports the API package only; {@code dev.selfcheck.jackson3.internal} stays inside the module.
 */
// The name follows the Jackson line it serves, as the artifact does (javac warns of the digit).
@SuppressWarnings("module")
module dev.selfcheck.jackson3 {
  requires transitive dev.selfcheck.schema;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static transitive org.apiguardian.api;

  exports dev.selfcheck.jackson3;

  provides tools.jackson.databind.JacksonModule with dev.selfcheck.jackson3.SelfcheckJackson3Module;
}
