package dev.selfcheck.analysis;

import static org.assertj.core.api.BDDAssertions.then;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.Finding;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.scoring.Assessment;
import dev.selfcheck.scoring.DimensionResult;
import dev.selfcheck.scoring.FiredRecommendation;
import dev.selfcheck.scoring.Scorer;
import dev.selfcheck.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The soundness contract of the analysis: what it reports as impossible never happens, and what it
 * reports as certain always happens, for random questionnaires and responses scored by the real
 * engine. Rules reported as never firing never fire; rules reported as always firing always fire;
 * a rule reported as firing whenever its dimensions have a score fires whenever they do; a rule
 * reported as adding nothing never fires without the rule named; removing a condition part
 * reported as redundant changes no rule's firing; never-shown questions are never shown; bands
 * reported unreachable are never reached; dimensions that can never be scored never are.
 */
class SoundnessPropertyTest {

  private static final Pattern RULE = Pattern.compile("^/rules/(\\d+)(/when.*)?$");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final int RESPONSES = 40;

  @Property(tries = 300)
  void should_hold_what_the_analysis_claims_when_random_responses_are_scored(@ForAll long seed) {
    // GIVEN
    Questionnaire questionnaire = RandomModels.questionnaire(seed);
    List<Finding> findings = QuestionnaireAnalysis.of(questionnaire).findings();
    Scorer scorer = ScoringEngine.create().compile(questionnaire);
    List<Response> responses = RandomModels.responses(questionnaire, seed, RESPONSES);
    findings.forEach(f -> Statistics.label("findings").collect(f.code()));
    // WHEN
    List<Assessment> assessments = responses.stream().map(scorer::score).toList();
    // THEN
    for (Finding f : findings) {
      for (int i = 0; i < responses.size(); i++) {
        then(holds(f, questionnaire, responses.get(i), assessments.get(i)))
            .as("%s, but not for response %s: %s", f, i, responses.get(i).answers()).isTrue();
      }
    }
    Statistics.label("rules never or always firing").collect(findings.stream()
        .anyMatch(f -> f.code().equals("ANA-0030") || f.code().equals("ANA-0031")));
    Statistics.label("rules never or always firing").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  /** Whether what a finding claims holds for one response. */
  private static boolean holds(Finding f, Questionnaire questionnaire, Response response,
      Assessment assessment) {
    Matcher rule = RULE.matcher(f.pointer());
    boolean onRule = rule.matches();
    String ruleId = onRule ? questionnaire.rules().get(Integer.parseInt(rule.group(1))).id() : "";
    List<String> quoted = quoted(f.message());
    Set<String> fired = fired(assessment);
    return switch (f.code()) {
      case "ANA-0030" -> onRule && !fired.contains(ruleId);
      case "ANA-0031" -> onRule && fired.contains(ruleId);
      case "ANA-0032" -> !(onRule && "/when".equals(rule.group(2))) || !fired.contains(ruleId);
      case "ANA-0034" -> !fired.contains(quoted.get(0)) || fired.contains(quoted.get(1));
      case "ANA-0033" -> fired(ScoringEngine.create().compile(withoutPart(questionnaire, f.pointer()))
          .score(response)).equals(fired);
      case "ANA-0003", "ANA-0006" -> !questionnaire.visibleQuestions(response).contains(quoted.get(0));
      case "ANA-0035" -> onRule && (fired.contains(ruleId) || quoted.subList(1, quoted.size()).stream()
          .anyMatch(d -> results(assessment).stream().noneMatch(r -> r.id().equals(d) && r.scorable())));
      case "ANA-0022" -> results(assessment).stream()
          .noneMatch(d -> d.band().map(b -> b.id().equals(quoted.get(0))).orElse(false));
      case "ANA-0012" -> !assessment.dimension(quoted.get(0)).orElseThrow().scorable();
      default -> true;
    };
  }

  private static List<String> quoted(String message) {
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(message);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Set<String> fired(Assessment a) {
    Set<String> ids = new HashSet<>();
    for (FiredRecommendation r : a.recommendations()) {
      ids.addAll(r.rules());
    }
    return ids;
  }

  private static List<DimensionResult> results(Assessment a) {
    List<DimensionResult> all = new ArrayList<>(a.dimensions());
    all.add(a.total());
    return all;
  }

  /** The questionnaire with the condition part at a pointer such as /rules/2/when/all/1 removed. */
  private static Questionnaire withoutPart(Questionnaire q, String pointer) {
    String[] tokens = pointer.substring(1).split("/");
    int index = Integer.parseInt(tokens[1]);
    List<Rule> rules = new ArrayList<>(q.rules());
    Rule rule = rules.get(index);
    rules.set(index, Rule.builder().from(rule).when(remove(rule.when(), tokens, 3)).build());
    return Questionnaire.builder().from(q).rules(rules).build();
  }

  private static Condition remove(Condition c, String[] tokens, int at) {
    if (c instanceof Not n) {
      return Not.of(remove(n.part(), tokens, at + 1));
    }
    List<Condition> parts = new ArrayList<>(c instanceof AllOf a ? a.parts() : ((AnyOf) c).parts());
    int i = Integer.parseInt(tokens[at + 1]);
    if (at + 2 == tokens.length) {
      parts.remove(i);
    } else {
      parts.set(i, remove(parts.get(i), tokens, at + 2));
    }
    return c instanceof AllOf ? AllOf.of(parts) : AnyOf.of(parts);
  }
}
