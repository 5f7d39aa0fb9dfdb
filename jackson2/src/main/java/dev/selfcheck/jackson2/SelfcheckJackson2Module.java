package dev.selfcheck.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.jackson2.internal.CanonicalDeserializer;
import dev.selfcheck.jackson2.internal.CanonicalSerializer;
import dev.selfcheck.schema.JsonBinding;
import dev.selfcheck.schema.QuestionnaireCodec;
import dev.selfcheck.scoring.Assessment;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A Jackson 2 module with which a host's own {@code ObjectMapper} (a Spring Boot 3 controller's,
 * for example) writes {@link Questionnaire}s, {@link Response}s and {@link Assessment}s as
 * selfcheck's canonical JSON and reads them back.
 *
 * <p>It adds no mapping of its own: each type's {@link JsonBinding} writes the canonical JSON
 * ({@code Assessment.toJson()}, {@link QuestionnaireCodec#writeQuestionnaire}), which is copied
 * into the host's generator, and reads the JSON text with the codec, so a document is checked
 * exactly as {@link QuestionnaireCodec} checks it. A document with errors becomes a
 * {@code MismatchedInputException} whose message lists every finding (code, JSON Pointer,
 * message) and whose cause is an {@code InvalidDocumentException} carrying them.
 *
 * <p>The module registers itself through {@code META-INF/services}
 * ({@code ObjectMapper.findAndRegisterModules()}), and a Spring Boot 3 application gets it as a
 * bean through {@link SelfcheckJackson2AutoConfiguration}; otherwise register it with
 * {@code registerModule(new SelfcheckJackson2Module())}. Reading an assessment needs the
 * questionnaire that scored it: register the module made by {@link #withQuestionnaires} after the
 * one found (in Spring Boot, declare it as a bean), and it takes over.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SelfcheckJackson2Module extends SimpleModule {

  private static final long serialVersionUID = 1L;

  private final transient List<Questionnaire> questionnaires;

  /** A module that writes all three types and reads questionnaires and responses. */
  public SelfcheckJackson2Module() {
    this(List.of());
  }

  private SelfcheckJackson2Module(List<Questionnaire> questionnaires) {
    super("selfcheck", Version.unknownVersion());
    this.questionnaires = questionnaires;
    JsonBinding.all(QuestionnaireCodec.create(), questionnaires).forEach(this::add);
  }

  /**
   * A module that also reads assessments of these questionnaires.
   *
   * @param questionnaires the questionnaires whose assessments the mapper reads
   * @return the module
   */
  public static SelfcheckJackson2Module withQuestionnaires(Questionnaire... questionnaires) {
    return new SelfcheckJackson2Module(List.of(questionnaires));
  }

  private <T> void add(JsonBinding<T> binding) {
    addSerializer(binding.type(), new CanonicalSerializer<>(binding));
    addDeserializer(binding.type(), new CanonicalDeserializer<>(binding));
  }

  /** @return the questionnaires whose assessments this module reads */
  public List<Questionnaire> questionnaires() {
    return questionnaires;
  }

  /**
   * Modules with the same questionnaires are registered once; a module with other questionnaires
   * is registered beside them and, registered later, takes precedence.
   */
  @Override
  public Object getTypeId() {
    return getClass().getName() + questionnaires.stream()
        .map(q -> q.id() + "@" + q.version()).collect(Collectors.joining(",", "[", "]"));
  }
}
