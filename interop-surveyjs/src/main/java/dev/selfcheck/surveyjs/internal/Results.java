package dev.selfcheck.surveyjs.internal;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.QuestionType;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.surveyjs.Conversion;
import dev.selfcheck.surveyjs.SurveyJsProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SurveyJS results (the flat {@code survey.data} object: question name to value, and
 * {@code name-Comment} to a comment) to responses and back. Choice values are written as
 * {@link Json#optionValue(String)} writes them in the survey; "don't know" is SurveyJS's
 * {@code "dontknow"} item.
 */
public final class Results {

  private static final String COMMENT = "-Comment";

  private Results() {}

  /**
   * Reads a result into a response to the questionnaire.
   *
   * @param questionnaire the questionnaire the result answers
   * @param json the result JSON
   * @return the response and the loss report
   */
  public static Conversion<Response> read(Questionnaire questionnaire, String json) {
    Losses losses = new Losses();
    JsonNode root;
    try {
      root = Json.parse(json);
    } catch (IllegalArgumentException e) {
      losses.add(SurveyJsProblem.NOT_JSON, "", "", e.getMessage());
      return Conversion.of(null, losses.list());
    }
    if (!root.isObject()) {
      losses.add(SurveyJsProblem.NOT_JSON, "", "", Json.brief(root));
      return Conversion.of(null, losses.list());
    }
    Response.Builder response = Response.builder()
        .questionnaireId(questionnaire.id())
        .questionnaireVersion(questionnaire.version());
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String name = member.getKey();
      String from = "/" + JsonPointer.escape(name);
      if (name.endsWith(COMMENT) && questionnaire.question(name.substring(0, name.length() - COMMENT.length())).isPresent()) {
        continue;
      }
      Optional<Question> question = questionnaire.question(name);
      if (question.isEmpty()) {
        losses.add(SurveyJsProblem.UNKNOWN_RESULT_NAME, from, "/answers", name);
        continue;
      }
      String to = "/answers/" + JsonPointer.escape(name);
      Answer.Builder answer = Answer.builder();
      JsonNode comment = root.path(name + COMMENT);
      if (comment.isString() && !comment.stringValue().isEmpty()) {
        answer.comment(comment.stringValue());
      }
      try {
        Answer read = answer(questionnaire, question.get(), member.getValue(), answer);
        if (read != null) {
          response.putAnswer(name, read);
        }
      } catch (IllegalArgumentException e) {
        losses.add(SurveyJsProblem.RESULT_VALUE_INVALID, from, to, name, e.getMessage());
      }
    }
    // comments of questions without a value
    for (Map.Entry<String, JsonNode> member : root.properties()) {
      String name = member.getKey();
      if (name.endsWith(COMMENT)) {
        String id = name.substring(0, name.length() - COMMENT.length());
        if (questionnaire.question(id).isPresent() && !root.has(id) && member.getValue().isString()
            && !member.getValue().stringValue().isEmpty()) {
          response.putAnswer(id, Answer.builder().comment(member.getValue().stringValue()).build());
        }
      }
    }
    return Conversion.of(response.build(), losses.list());
  }

  private static Answer answer(Questionnaire questionnaire, Question q, JsonNode value, Answer.Builder answer) {
    Asked asked = Asked.of(questionnaire, q);
    if (asked.writesDontKnow() && (Asked.DONT_KNOW.equals(value.asString(null))
        || (value.isArray() && value.size() == 1 && Asked.DONT_KNOW.equals(value.get(0).asString(null))))) {
      return answer.state(AnswerState.DONT_KNOW).build();
    }
    AnswerValue v = switch (q.type()) {
      case SINGLE_CHOICE, ORDINAL_SCALE -> AnswerValue.option(option(asked, value));
      case MULTIPLE_CHOICE -> {
        if (!value.isArray()) {
          throw new IllegalArgumentException("a checkbox value is an array");
        }
        List<String> chosen = new ArrayList<>();
        for (JsonNode item : value) {
          chosen.add(option(asked, item));
        }
        yield AnswerValue.options(chosen);
      }
      case YES_NO -> {
        if (!value.isBoolean()) {
          throw new IllegalArgumentException("a boolean value is true or false");
        }
        yield AnswerValue.bool(value.booleanValue());
      }
      case NUMBER -> {
        if (value.isNumber()) {
          yield AnswerValue.number(value.decimalValue());
        }
        try {
          yield AnswerValue.number(new BigDecimal(value.asString("").trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("a number question takes a number");
        }
      }
      case TEXT -> {
        if (!value.isString()) {
          throw new IllegalArgumentException("a text question takes a text");
        }
        yield AnswerValue.text(value.stringValue());
      }
    };
    return answer.value(v).build();
  }

  private static String option(Asked asked, JsonNode value) {
    String option = Json.asOptionValue(value);
    if (option == null || !asked.options().contains(option)) {
      throw new IllegalArgumentException(Json.brief(value) + " is not one of its choices");
    }
    return option;
  }

  /**
   * Writes a response as a result.
   *
   * @param questionnaire the questionnaire the response answers
   * @param response the response
   * @return the result JSON and the loss report
   */
  public static Conversion<String> write(Questionnaire questionnaire, Response response) {
    Losses losses = new Losses();
    ObjectNode data = Json.NODES.objectNode();
    response.respondent().ifPresent(r -> losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, "/respondent", "",
        "the respondent"));
    response.startedAt().ifPresent(r -> losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, "/startedAt", "",
        "the start time"));
    response.submittedAt().ifPresent(r -> losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, "/submittedAt", "",
        "the submission time"));
    response.consensus().ifPresent(r -> losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, "/consensus", "",
        "the consensus record"));
    if (!response.extensions().isEmpty()) {
      losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, "", "", "the host data (extensions)");
    }
    for (Map.Entry<String, Answer> entry : response.answers().entrySet()) {
      String id = entry.getKey();
      Answer a = entry.getValue();
      String from = "/answers/" + JsonPointer.escape(id);
      String to = "/" + JsonPointer.escape(id);
      Optional<Question> question = questionnaire.question(id);
      if (question.isEmpty()) {
        losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, from, "", "the answer to '" + id + "', which names no question,");
        continue;
      }
      Asked asked = Asked.of(questionnaire, question.get());
      switch (a.state()) {
        case ANSWERED -> {
          if (a.valueOrNull().kind() == AnswerValue.Kind.STRINGS && a.valueOrNull().asOptions().isEmpty()) {
            losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, from, to,
                "the empty selection answering '" + id + "' (SurveyJS keeps no value for it)");
          } else {
            data.set(id, value(a.valueOrNull(), question.get().type()));
          }
        }
        case DONT_KNOW -> {
          if (asked.writesDontKnow()) {
            data.set(id, asked.type() == QuestionType.MULTIPLE_CHOICE
                ? Json.NODES.arrayNode().add(Asked.DONT_KNOW) : Json.NODES.stringNode(Asked.DONT_KNOW));
          } else {
            losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, from, to, "the 'don't know' answer to '" + id + "'");
          }
        }
        case NOT_APPLICABLE -> losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, from, to,
            "the 'not applicable' answer to '" + id + "'");
        default -> { }
      }
      a.comment().ifPresent(c -> data.put(id + COMMENT, c));
      if (!a.evidence().isEmpty()) {
        losses.add(SurveyJsProblem.ANSWER_NOT_CARRIED, from + "/evidence", to, "the evidence of '" + id + "'");
      }
    }
    return Conversion.of(Json.write(data), losses.list());
  }

  private static JsonNode value(AnswerValue v, QuestionType type) {
    return switch (v.kind()) {
      case STRING -> type.hasOptions() ? Json.optionValue(v.asString()) : Json.NODES.stringNode(v.asString());
      case STRINGS -> {
        ArrayNode items = Json.NODES.arrayNode();
        v.asOptions().forEach(o -> items.add(Json.optionValue(o)));
        yield items;
      }
      case BOOLEAN -> Json.NODES.booleanNode(v.asBoolean());
      case NUMBER -> Json.NODES.numberNode(v.asNumber());
    };
  }
}
