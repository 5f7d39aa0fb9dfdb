package dev.selfcheck.report.internal;

import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.ImprovementPotential;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a renderer needs, checked once: the questionnaire, its assessment, the optional
 * response and improvements, the language with its label catalog, and the link base.
 *
 * @param questionnaire the questionnaire
 * @param assessment its assessment
 * @param response the response, if given
 * @param improvements the improvement potentials (empty if not given)
 * @param locale the language of questionnaire texts
 * @param labels the report's own labels in that language
 * @param linkBase the base of relative links, if given
 */
public record ReportContext(
    Questionnaire questionnaire,
    Assessment assessment,
    Optional<Response> response,
    List<ImprovementPotential> improvements,
    String locale,
    Labels labels,
    Optional<URI> linkBase) {

  /**
   * Checks the parts and makes a context.
   *
   * @param questionnaire the questionnaire
   * @param assessment the assessment
   * @param response the response, if any
   * @param improvements the improvements
   * @param locale the language, if chosen
   * @param linkBase the link base, if any
   * @return the context
   * @throws IllegalArgumentException if the parts do not belong together or the language is not
   *     offered
   */
  public static ReportContext of(Questionnaire questionnaire, Assessment assessment,
      Optional<Response> response, List<ImprovementPotential> improvements, Optional<String> locale,
      Optional<URI> linkBase) {
    String q = questionnaire.id() + " " + questionnaire.version();
    String a = assessment.questionnaireId() + " " + assessment.questionnaireVersion();
    if (!q.equals(a)) {
      throw new IllegalArgumentException("the assessment belongs to questionnaire " + a
          + ", not to " + q);
    }
    response.ifPresent(r -> {
      String rq = r.questionnaireId() + " " + r.questionnaireVersion();
      if (!q.equals(rq)) {
        throw new IllegalArgumentException("the response belongs to questionnaire " + rq
            + ", not to " + q);
      }
    });
    for (ImprovementPotential p : improvements) {
      if (assessment.dimension(p.dimension()).isEmpty()) {
        throw new IllegalArgumentException("the improvements name dimension '" + p.dimension()
            + "', which questionnaire " + q + " does not have");
      }
    }
    Set<String> offered = new LinkedHashSet<>();
    offered.add(questionnaire.defaultLocale());
    offered.addAll(questionnaire.locales());
    String chosen = locale.orElse(questionnaire.defaultLocale());
    if (!offered.contains(chosen)) {
      throw new IllegalArgumentException("locale '" + chosen + "' is not offered by questionnaire "
          + questionnaire.id() + "; it offers " + String.join(", ", offered));
    }
    return new ReportContext(questionnaire, assessment, response, List.copyOf(improvements), chosen,
        Labels.forLocale(chosen), linkBase);
  }

  /**
   * For the report builders: a setting that may be given once and not as null.
   *
   * @param current the setting so far (null if not yet given)
   * @param value the value given
   * @param name the setting's name, for the messages
   * @param <T> its type
   * @return the value
   * @throws IllegalStateException if the setting was already given
   * @throws NullPointerException if the value is null
   */
  public static <T> T once(Object current, T value, String name) {
    if (current != null) {
      throw new IllegalStateException(name + " was already set");
    }
    return java.util.Objects.requireNonNull(value, name);
  }

  /**
   * For the report builders: a required setting.
   *
   * @param value the setting (null if not given)
   * @param name its name, for the message
   * @param <T> its type
   * @return the value
   * @throws IllegalStateException if it was not given
   */
  public static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required");
    }
    return value;
  }

  /**
   * For the report builders: a link base, which must be absolute.
   *
   * @param linkBase the address given
   * @return the address
   * @throws IllegalArgumentException if it is not absolute
   */
  public static URI absolute(URI linkBase) {
    if (!linkBase.isAbsolute()) {
      throw new IllegalArgumentException("linkBase must be an absolute address, but was " + linkBase);
    }
    return linkBase;
  }

  /**
   * A questionnaire text in the report's language, else in the default language.
   *
   * @param text the text
   * @return the text, never null
   */
  public String text(LocalizedText text) {
    return text.in(locale, questionnaire.defaultLocale());
  }

  /**
   * An optional questionnaire text in the report's language.
   *
   * @param text the text, if any
   * @return the text, or empty
   */
  public Optional<String> text(Optional<LocalizedText> text) {
    return text.map(this::text).filter(s -> !s.isEmpty());
  }

  /** @return the results of the top-level dimensions (the fields), in display order */
  public List<DimensionResult> fields() {
    List<DimensionResult> fields = new ArrayList<>();
    for (Dimension d : questionnaire.dimensions()) {
      assessment.dimension(d.id()).ifPresent(fields::add);
    }
    return fields;
  }

  /**
   * The result of a dimension.
   *
   * @param id a dimension id
   * @return the result, if the assessment has it
   */
  public Optional<DimensionResult> result(String id) {
    return assessment.dimension(id);
  }

  /**
   * The improvement potential of a dimension.
   *
   * @param id a dimension id
   * @return the potential, if given
   */
  public Optional<ImprovementPotential> improvement(String id) {
    return improvements.stream().filter(p -> p.dimension().equals(id)).findFirst();
  }
}
