package dev.selfcheck.panel;

import dev.selfcheck.core.Answer;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.JsonPointer;
import dev.selfcheck.core.Respondent;
import dev.selfcheck.core.Response;
import dev.selfcheck.panel.internal.Fingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Consensus responses of a panel: the organisation's agreed answers, with a record of how each
 * was reached and which panel they came from ({@link Consensus}, the {@code consensus} member of
 * the response document).
 *
 * <p>A workshop starts from a {@linkplain #draft draft}: the answers of route 2
 * ({@link PanelResult#combined()}), each recorded with the rule that combined it. Where the
 * workshop agrees on another answer it {@linkplain #override overrides} it, with a rationale. The
 * consensus is a response like any other (respondent role {@value Consensus#ROLE}): scored by the
 * engine, written and read by the schema module's codec. {@link #check} tells whether the panel
 * has changed since: members added or removed, or a member's answers changed (their fingerprints,
 * SHA-256 over a canonical text of the answers, differ).
 *
 * <pre>{@code
 * Response draft = PanelConsensus.draft(panel, result);
 * Response agreed = PanelConsensus.override(draft, "q1", Answer.of(AnswerValue.option("3")),
 *     "the council decision of March makes it largely true");
 * PanelConsensus.check(agreed, panel);   // empty while the panel is unchanged
 * }</pre>
 *
 * <p>Stateless and thread-safe. Misuse (a result of another panel, a blank rationale, an override
 * of a response that is no consensus) throws {@link IllegalArgumentException}; a consensus that
 * no longer fits its panel is reported as findings.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class PanelConsensus {

  /** The respondent id of a draft unless another is given. */
  public static final String RESPONDENT_ID = "consensus";

  private PanelConsensus() {}

  /**
   * A consensus draft from a panel's route 2: the combined answers, each reached by the rule
   * {@link PanelResult.Combined#rules()} names, with respondent id {@value #RESPONDENT_ID} and role
   * {@value Consensus#ROLE}.
   *
   * @param panel the panel
   * @param result the panel's analysis
   * @return the draft
   * @throws IllegalArgumentException if the result is of another questionnaire or version
   */
  public static Response draft(Panel panel, PanelResult result) {
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(result, "result");
    if (!result.questionnaireId().equals(panel.questionnaireId())
        || !result.questionnaireVersion().equals(panel.questionnaireVersion())) {
      throw new IllegalArgumentException("the result is of " + result.questionnaireId() + "@"
          + result.questionnaireVersion() + ", the panel of " + panel.questionnaireId() + "@"
          + panel.questionnaireVersion());
    }
    Response combined = result.combined().response();
    Consensus.Builder record = Consensus.builder();
    List<Consensus.Member> members = members(panel);
    record.members(members).fingerprint(Fingerprints.ofPanel(members));
    combined.answers().keySet().forEach(id -> record.putAnswer(id,
        Consensus.Reached.byRule(result.combined().rules().get(id))));
    return Response.builder().from(combined)
        .respondent(Respondent.builder().id(RESPONDENT_ID).role(Consensus.ROLE).build())
        .consensus(record.build())
        .build();
  }

  /**
   * The consensus with one answer replaced by the workshop's, recorded as an override with its
   * rationale.
   *
   * @param consensus a consensus response (one with a {@link Response#consensus()} record)
   * @param questionId the question whose answer the workshop overrides
   * @param answer the agreed answer
   * @param rationale why, not blank
   * @return the new consensus
   * @throws IllegalArgumentException if the rationale is blank or the response has no consensus
   *     record
   */
  public static Response override(Response consensus, String questionId, Answer answer, String rationale) {
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(rationale, "rationale");
    if (rationale.isBlank()) {
      throw new IllegalArgumentException("the override of question '" + questionId
          + "' needs a rationale, but the rationale is blank");
    }
    Consensus record = consensus.consensus().orElseThrow(() -> new IllegalArgumentException(
        "the response of respondent " + consensus.respondent().map(Respondent::id).orElse("(none)")
            + " is no consensus: it has no consensus record"));
    Map<String, Answer> answers = new LinkedHashMap<>(consensus.answers());
    answers.put(questionId, answer);
    Map<String, Consensus.Reached> reached = new LinkedHashMap<>(record.answers());
    reached.put(questionId, Consensus.Reached.byOverride(rationale));
    return Response.builder().from(consensus).answers(answers)
        .consensus(Consensus.builder().from(record).answers(reached).build())
        .build();
  }

  /**
   * Checks a consensus against its panel as it is now: whether it is a consensus of that
   * questionnaire and version, whether members were added or removed, and whether a member's
   * answers changed since the consensus was reached, and whether every answer records how it was
   * reached. Pointers point into the consensus response document: {@code /consensus/members/2}
   * (a member removed), {@code /consensus/members} (a member added),
   * {@code /consensus/members/2/fingerprint} (a member's answers changed).
   *
   * @param consensus the consensus response
   * @param panel the panel now
   * @return the findings, empty when the consensus still fits its panel
   */
  public static List<Finding> check(Response consensus, Panel panel) {
    Objects.requireNonNull(consensus, "consensus");
    Objects.requireNonNull(panel, "panel");
    List<Finding> findings = new ArrayList<>();
    if (!consensus.questionnaireId().equals(panel.questionnaireId())) {
      findings.add(PanelProblem.CONSENSUS_OF_OTHER_PANEL.at("/questionnaire/id",
          consensus.questionnaireId() + "@" + consensus.questionnaireVersion(),
          panel.questionnaireId() + "@" + panel.questionnaireVersion()));
      return findings;
    }
    if (!consensus.questionnaireVersion().equals(panel.questionnaireVersion())) {
      findings.add(PanelProblem.CONSENSUS_OF_OTHER_PANEL.at("/questionnaire/version",
          consensus.questionnaireId() + "@" + consensus.questionnaireVersion(),
          panel.questionnaireId() + "@" + panel.questionnaireVersion()));
      return findings;
    }
    Optional<String> role = consensus.respondent().flatMap(Respondent::role);
    if (!role.equals(Optional.of(Consensus.ROLE))) {
      findings.add(PanelProblem.CONSENSUS_ROLE.at(consensus.respondent().isPresent()
          ? "/respondent" : "", role.orElse("(none)")));
    }
    if (consensus.consensus().isEmpty()) {
      findings.add(PanelProblem.CONSENSUS_WITHOUT_RECORD.at(""));
      return findings;
    }
    Consensus record = consensus.consensus().get();
    Map<String, String> now = new LinkedHashMap<>();
    members(panel).forEach(m -> now.put(m.respondentId(), m.fingerprint()));
    Set<String> then = new LinkedHashSet<>();
    boolean changed = false;
    for (int i = 0; i < record.members().size(); i++) {
      Consensus.Member m = record.members().get(i);
      then.add(m.respondentId());
      String at = JsonPointer.append("/consensus/members", i);
      String fingerprint = now.get(m.respondentId());
      if (fingerprint == null) {
        findings.add(PanelProblem.CONSENSUS_MEMBER_REMOVED.at(at, m.respondentId()));
        changed = true;
      } else if (!fingerprint.equals(m.fingerprint())) {
        findings.add(PanelProblem.CONSENSUS_ANSWERS_CHANGED.at(JsonPointer.append(at, "fingerprint"),
            m.respondentId()));
        changed = true;
      }
    }
    for (String id : now.keySet()) {
      if (!then.contains(id)) {
        findings.add(PanelProblem.CONSENSUS_MEMBER_ADDED.at("/consensus/members", id));
        changed = true;
      }
    }
    if (!changed && !Fingerprints.ofPanel(record.members()).equals(record.fingerprint())) {
      findings.add(PanelProblem.CONSENSUS_FINGERPRINT_MISMATCH.at("/consensus/fingerprint"));
    }
    consensus.answers().keySet().stream().sorted().filter(id -> !record.answers().containsKey(id))
        .forEach(id -> findings.add(PanelProblem.CONSENSUS_ANSWER_WITHOUT_RECORD.at(
            JsonPointer.append("/answers", id), id)));
    return findings;
  }

  /**
   * The fingerprint of a response's answers, as a consensus records it for each member: SHA-256
   * over a canonical text of the answers (question id, state and value; comments and evidence
   * left out), written {@code sha256:} and 64 hexadecimal digits. docs/panels.md states the text.
   *
   * @param response a response
   * @return its fingerprint
   */
  public static String fingerprint(Response response) {
    return Fingerprints.ofAnswers(Objects.requireNonNull(response, "response"));
  }

  private static List<Consensus.Member> members(Panel panel) {
    return panel.members().stream()
        .map(m -> new Consensus.Member(m.respondentId(), Fingerprints.ofAnswers(m.response())))
        .toList();
  }
}
