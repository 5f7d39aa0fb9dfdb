package dev.selfcheck.panel;

import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.scoring.Rational;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The responses of several respondents to one questionnaire version: the input of a
 * {@link PanelAnalysis}. Each member is named by its response's {@code respondent} (id, role,
 * group) and may carry a weight (1 unless given).
 *
 * <p>Bad members are never silently dropped: a response to another questionnaire or version, one
 * without a respondent id, a second response of the same respondent and a respondent with a weight
 * that is not positive are left out of {@link #members()} and reported in {@link #findings()}
 * ({@link PanelProblem}, pointers {@code /responses/<index>} into the list given, and
 * {@code /weights/<respondent id>}).
 *
 * <pre>{@code
 * Panel panel = Panel.of(questionnaire, List.of(mayorsOffice, integrationOffice, council));
 * panel.findings();   // empty when every response belongs to the panel
 * }</pre>
 *
 * <p>Immutable and thread-safe. No method accepts or returns null.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Panel {

  /**
   * One respondent of a panel.
   *
   * @param index the position of the response in the list the panel was made of
   * @param respondentId the respondent's id
   * @param role the respondent's role, if the response names one
   * @param group the respondent's group, if the response names one
   * @param weight the respondent's weight, positive (1 unless given)
   * @param response the response
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Member(int index, String respondentId, Optional<String> role, Optional<String> group,
      Rational weight, Response response) {

    /**
     * Checks the member.
     *
     * @param index the position of the response
     * @param respondentId the respondent's id
     * @param role the role, or empty
     * @param group the group, or empty
     * @param weight the weight, positive
     * @param response the response
     */
    public Member {
      Objects.requireNonNull(respondentId, "respondentId");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(response, "response");
      if (weight.signum() <= 0) {
        throw new IllegalArgumentException("weight must be positive, but is " + weight);
      }
    }
  }

  private final String questionnaireId;
  private final SemanticVersion questionnaireVersion;
  private final List<Member> members;
  private final List<Finding> findings;

  private Panel(String questionnaireId, SemanticVersion questionnaireVersion, List<Member> members,
      List<Finding> findings) {
    this.questionnaireId = questionnaireId;
    this.questionnaireVersion = questionnaireVersion;
    this.members = List.copyOf(members);
    this.findings = List.copyOf(findings);
  }

  /**
   * A panel of responses, every respondent with weight 1.
   *
   * @param questionnaire the questionnaire (and version) the panel answers
   * @param responses the responses, in any order
   * @return the panel
   */
  public static Panel of(Questionnaire questionnaire, List<Response> responses) {
    return of(questionnaire, responses, Map.of());
  }

  /**
   * A panel of responses with respondent weights (as used by the weighted-mean combination and the
   * weighted means of route 1).
   *
   * @param questionnaire the questionnaire (and version) the panel answers
   * @param responses the responses, in any order
   * @param weights weights by respondent id; a respondent without one has weight 1
   * @return the panel
   */
  public static Panel of(Questionnaire questionnaire, List<Response> responses,
      Map<String, Rational> weights) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(weights, "weights");
    Admission admission = new Admission(questionnaire, weights);
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < responses.size(); i++) {
      admission.admit(Objects.requireNonNull(responses.get(i), "responses[" + i + "]")).ifPresent(members::add);
    }
    List<Finding> findings = admission.close();
    return new Panel(questionnaire.id(), questionnaire.version(), members, findings);
  }

  /**
   * Admits responses one at a time, in order: the one check of who is a member (same
   * questionnaire and version, a respondent, no duplicate id, a positive weight), shared by
   * {@link #of} and {@link PanelAnalysis.Accumulator}. It keeps the respondent ids seen, nothing
   * else of a response.
   */
  static final class Admission {
    private final Questionnaire questionnaire;
    private final Map<String, Rational> weights;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private int next;
    private int admitted;

    Admission(Questionnaire questionnaire, Map<String, Rational> weights) {
      this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
      this.weights = Objects.requireNonNull(weights, "weights");
    }

    /**
     * @param r the next response
     * @return its member, or empty when it is left out (with a finding)
     */
    Optional<Member> admit(Response r) {
      int i = next++;
      String at = JsonPointer.append("/responses", i);
      if (!r.questionnaireId().equals(questionnaire.id())) {
        findings.add(PanelProblem.OTHER_QUESTIONNAIRE.at(JsonPointer.append(at, "questionnaireId"),
            r.questionnaireId(), questionnaire.id()));
        return Optional.empty();
      }
      if (!r.questionnaireVersion().equals(questionnaire.version())) {
        findings.add(PanelProblem.OTHER_VERSION.at(JsonPointer.append(at, "questionnaireVersion"),
            r.questionnaireVersion(), questionnaire.version()));
        return Optional.empty();
      }
      Optional<Respondent> respondent = r.respondent();
      if (respondent.isEmpty()) {
        findings.add(PanelProblem.MISSING_RESPONDENT.at(at));
        return Optional.empty();
      }
      String id = respondent.get().id();
      Integer first = seen.putIfAbsent(id, i);
      if (first != null) {
        findings.add(PanelProblem.DUPLICATE_RESPONDENT.at(
            JsonPointer.append(JsonPointer.append(at, "respondent"), "id"), id, first));
        return Optional.empty();
      }
      Rational weight = weights.getOrDefault(id, Rational.ONE);
      if (weight.signum() <= 0) {
        findings.add(PanelProblem.WEIGHT_NOT_POSITIVE.at(JsonPointer.append("/weights", id), id, weight));
        return Optional.empty();
      }
      admitted++;
      return Optional.of(new Member(i, id, respondent.get().role(), respondent.get().group(), weight, r));
    }

    /** @return the findings so far and those of the end: weights without a respondent, an empty panel */
    List<Finding> close() {
      List<Finding> out = new ArrayList<>(findings);
      weights.keySet().stream().sorted().forEach(id -> {
        if (!seen.containsKey(id)) {
          out.add(PanelProblem.WEIGHT_WITHOUT_RESPONDENT.at(JsonPointer.append("/weights", id), id));
        }
      });
      if (admitted == 0) {
        out.add(PanelProblem.EMPTY_PANEL.at(""));
      }
      return out;
    }
  }

  /** @return the id of the questionnaire the panel answers */
  public String questionnaireId() {
    return questionnaireId;
  }

  /** @return the version of the questionnaire the panel answers */
  public SemanticVersion questionnaireVersion() {
    return questionnaireVersion;
  }

  /** @return the members, in the order of the responses given, bad members left out */
  public List<Member> members() {
    return members;
  }

  /** @return the problems of the members left out (and of weights), in the order found */
  public List<Finding> findings() {
    return findings;
  }

  /** @return the number of members */
  public int size() {
    return members.size();
  }

  @Override
  public String toString() {
    return "Panel[questionnaire=" + questionnaireId + "@" + questionnaireVersion + ", members="
        + members.size() + ", findings=" + findings.size() + "]";
  }
}
