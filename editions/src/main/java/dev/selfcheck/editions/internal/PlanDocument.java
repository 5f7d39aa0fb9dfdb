package dev.selfcheck.editions.internal;

import dev.selfcheck.core.SemanticVersion;
import dev.selfcheck.editions.MigrationPlan;
import dev.selfcheck.editions.MigrationStep;
import dev.selfcheck.editions.OptionTarget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/*
 * Builds a migration plan from the plain values of a plan document (see PlanJson for the shape;
 * migration.schema.json in the questionnaire-schema module checks it before the values get here).
 * A carry without "to" keeps the question's id; a rescale's offset defaults to 0; numbers may be
 * JSON numbers or strings. Values of another shape are misuse (the schema was skipped) and throw.
 */
/** Reads a migration plan from a document's values. */
public final class PlanDocument {

  private PlanDocument() {}

  /**
   * @param doc the document's values
   * @return the plan
   */
  public static MigrationPlan read(Map<String, ?> doc) {
    Map<String, ?> from = map(doc, "from");
    Map<String, ?> to = map(doc, "to");
    MigrationPlan.Builder b = MigrationPlan.builder(text(from, "id"), SemanticVersion.parse(text(from, "version")),
        text(to, "id"), SemanticVersion.parse(text(to, "version")));
    b.carryComments(!"drop".equals(doc.get("comments")));
    b.carryEvidence(!"drop".equals(doc.get("evidence")));
    for (Object o : list(doc, "steps")) {
      b.step(step(cast(o, "a step")));
    }
    return b.build();
  }

  private static MigrationStep step(Map<String, ?> s) {
    if (s.containsKey("carry")) {
      String from = text(s, "carry");
      return carry(from, s);
    }
    if (s.containsKey("retire")) {
      return new MigrationStep.Retire(text(s, "retire"), text(s, "reason"));
    }
    if (s.containsKey("rescale")) {
      String from = text(s, "rescale");
      String to = s.containsKey("to") ? text(s, "to") : from;
      if (s.containsKey("table")) {
        Map<BigDecimal, BigDecimal> table = new LinkedHashMap<>();
        for (Object row : list(s, "table")) {
          Map<String, ?> r = cast(row, "a table row");
          table.put(number(r.get("from")), number(r.get("to")));
        }
        return new MigrationStep.Rescale(from, to, Optional.empty(), Optional.empty(), table);
      }
      return new MigrationStep.Rescale(from, to, Optional.of(number(s.get("factor"))),
          Optional.of(s.containsKey("offset") ? number(s.get("offset")) : BigDecimal.ZERO), Map.of());
    }
    if (s.containsKey("split")) {
      String from = text(s, "split");
      List<MigrationStep.Carry> parts = new ArrayList<>();
      for (Object part : list(s, "into")) {
        parts.add(carry(from, cast(part, "a part of a split")));
      }
      return new MigrationStep.Split(from, parts);
    }
    if (s.containsKey("merge")) {
      List<String> from = new ArrayList<>();
      for (Object id : list(s, "merge")) {
        from.add(String.valueOf(id));
      }
      return new MigrationStep.Merge(from, text(s, "to"),
          MigrationStep.Combine.valueOf(text(s, "combine").toUpperCase(Locale.ROOT)), targets(s.get("options")));
    }
    throw new IllegalArgumentException("a step is carry, retire, rescale, split or merge: " + s.keySet());
  }

  private static MigrationStep.Carry carry(String from, Map<String, ?> s) {
    return new MigrationStep.Carry(from, s.containsKey("to") ? text(s, "to") : from, targets(s.get("options")),
        targets(s.get("states")));
  }

  private static Map<String, OptionTarget> targets(Object o) {
    Map<String, OptionTarget> out = new LinkedHashMap<>();
    if (o == null) {
      return out;
    }
    Map<String, ?> map = cast(o, "an option or state map");
    map.forEach((key, value) -> {
      Map<String, ?> t = cast(value, "a target");
      if (t.size() != 1) {
        throw new IllegalArgumentException("a target is one of option, state or drop: " + t.keySet());
      }
      Map.Entry<String, ?> e = t.entrySet().iterator().next();
      out.put(key, new OptionTarget(OptionTarget.Kind.valueOf(e.getKey().toUpperCase(Locale.ROOT)),
          String.valueOf(e.getValue())));
    });
    return out;
  }

  private static BigDecimal number(Object o) {
    if (o instanceof BigDecimal d) {
      return d;
    }
    if (o instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (o instanceof String s) {
      return new BigDecimal(s);
    }
    throw new IllegalArgumentException("a number is expected, not " + o);
  }

  private static String text(Map<String, ?> m, String name) {
    Object v = m.get(name);
    if (!(v instanceof String s)) {
      throw new IllegalArgumentException("'" + name + "' must be a text, not " + v);
    }
    return s;
  }

  private static Map<String, ?> map(Map<String, ?> m, String name) {
    return cast(m.get(name), "'" + name + "'");
  }

  private static List<?> list(Map<String, ?> m, String name) {
    Object v = m.get(name);
    if (!(v instanceof List<?> l)) {
      throw new IllegalArgumentException("'" + name + "' must be a list, not " + v);
    }
    return l;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Object o, String what) {
    if (!(o instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(what + " must be an object, not " + o);
    }
    return (Map<String, ?>) o;
  }
}
