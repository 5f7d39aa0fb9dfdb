package dev.selfcheck.schema.internal;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Ids;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.MessageBundle;
import dev.selfcheck.schema.DocumentProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/*
 * Field constraints of the model (Jakarta Validation annotations on the accessors of the core
 * value types), checked with Hibernate Validator. The model's accessors have no "get" prefix, so a
 * getter strategy accepts every public no-argument method with a result. Property paths become
 * JSON Pointers: the accessor names are the document's member names, container indexes and map
 * keys become pointer tokens, and the two response members that the model flattens
 * (questionnaireId, questionnaireVersion) are mapped back to /questionnaire/id and /version.
 * Messages use the parameter interpolator, so no expression language is needed at run time.
 */
/** Checks the model's Jakarta Validation constraints. */
public final class ConstraintValidation {

  private static final Map<String, String> FLATTENED = Map.of(
      "questionnaireId", "questionnaire/id",
      "questionnaireVersion", "questionnaire/version");

  private static final class Holder {
    /** Hibernate Validator's texts, in English and German (its own bundles, one per language). */
    static final MessageInterpolator INTERPOLATOR = new ParameterMessageInterpolator(
        Set.of(Locale.ENGLISH, Locale.GERMAN), Locale.ENGLISH, false);

    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(INTERPOLATOR)
        .getterPropertySelectionStrategy(new AccessorStrategy())
        .buildValidatorFactory()
        .getValidator();
  }

  private ConstraintValidation() {}

  /** Accepts record-style accessors ({@code id()}) as properties. */
  static final class AccessorStrategy implements GetterPropertySelectionStrategy {
    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0
          || executable.getReturnType() == void.class
          || executable.getReturnType() == Void.class) {
        return Optional.empty();
      }
      String name = executable.getName();
      if (name.equals("hashCode") || name.equals("toString") || name.equals("getClass")
          || name.startsWith("with") || name.equals("builder")) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /**
   * Validates a model value.
   *
   * @param value a questionnaire or response
   * @return the findings, one per violation
   */
  public static List<Finding> validate(Object value) {
    List<Finding> out = new ArrayList<>();
    for (ConstraintViolation<Object> v : Holder.VALIDATOR.validate(value)) {
      Optional<String> form = form(v.getConstraintDescriptor());
      if (form.isPresent()) {
        out.add(DocumentProblem.INVALID_FORMAT.at(pointer(v.getPropertyPath()),
            SchemaValidation.quoted(String.valueOf(v.getInvalidValue())),
            DocumentProblem.INVALID_FORMAT.bundle().localized("part.form." + form.get())));
        continue;
      }
      out.add(DocumentProblem.CONSTRAINT_VIOLATION.at(pointer(v.getPropertyPath()),
          DocumentProblem.CONSTRAINT_VIOLATION.bundle().localized("part.constraint", message(v),
              String.valueOf(v.getInvalidValue()))));
    }
    out.sort(Finding.DOCUMENT_ORDER);
    return out;
  }

  /*
   * A text that lacks the form of an id, an option value or a language tag is described as the
   * document reader describes it (DOC-0034, the form in words), never by its regular expression.
   */
  private static Optional<String> form(ConstraintDescriptor<?> descriptor) {
    if (!(descriptor.getAnnotation() instanceof Pattern pattern)) {
      return Optional.empty();
    }
    return Optional.ofNullable(FORMS.get(pattern.regexp()));
  }

  /** The forms that {@link Ids} states as patterns, by pattern, as keys of {@code part.form.*}. */
  private static final Map<String, String> FORMS = Map.of(
      Ids.ID_PATTERN, "id",
      Ids.OPTION_VALUE_PATTERN, "optionValue",
      Ids.LANGUAGE_TAG_PATTERN, "languageTag");

  /**
   * A violation's message in the reader's language: a decimal bound in our words (Bean Validation's
   * own templates for them need an expression language, which the parameter interpolator leaves
   * unevaluated), any other constraint interpolated from its template.
   */
  private static MessageBundle.Localized message(ConstraintViolation<Object> v) {
    Object annotation = v.getConstraintDescriptor().getAnnotation();
    if (annotation instanceof DecimalMin min) {
      return DocumentProblem.CONSTRAINT_VIOLATION.bundle()
          .localized(min.inclusive() ? "part.atLeast" : "part.greaterThan", min.value());
    }
    if (annotation instanceof DecimalMax max) {
      return DocumentProblem.CONSTRAINT_VIOLATION.bundle()
          .localized(max.inclusive() ? "part.atMost" : "part.lessThan", max.value());
    }
    String template = v.getMessageTemplate();
    MessageInterpolator.Context context = new MessageInterpolator.Context() {
      @Override
      public ConstraintDescriptor<?> getConstraintDescriptor() {
        return v.getConstraintDescriptor();
      }

      @Override
      public Object getValidatedValue() {
        return v.getInvalidValue();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new jakarta.validation.ValidationException("cannot unwrap to " + type);
      }
    };
    String english = v.getMessage();
    return locale -> locale.getLanguage().isEmpty() || locale.getLanguage().equals("en") ? english
        : Holder.INTERPOLATOR.interpolate(template, context, locale);
  }

  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (key != null) {
          sb.append('/').append(JsonPointer.escape(String.valueOf(key)));
        }
      }
      String name = node.getName();
      if (name == null || name.startsWith("<")) {
        continue;
      }
      sb.append('/').append(FLATTENED.getOrDefault(name, name));
    }
    return sb.toString();
  }
}
