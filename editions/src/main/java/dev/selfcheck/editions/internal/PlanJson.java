package dev.selfcheck.editions.internal;

import dev.selfcheck.editions.MigrationPlan;
import dev.selfcheck.editions.MigrationStep;
import dev.selfcheck.editions.OptionTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/*
 * The canonical JSON of a migration plan, on one line; the pointers of the migration check point
 * into it:
 *
 *   {"formatVersion":"1.0","from":{"id":"q","version":"1.0.0"},"to":{"id":"q","version":"2.0.0"},
 *    "comments":"carry","evidence":"carry","steps":[
 *      {"carry":"plan","to":"plan","options":{"most":{"option":"all"}},"states":{"dontKnow":{"drop":"..."}}},
 *      {"retire":"council","reason":"..."},
 *      {"rescale":"trained","to":"trained","factor":"0.5","offset":"0"},
 *      {"rescale":"x","to":"y","table":[{"from":"1","to":"10"}]},
 *      {"split":"q","into":[{"to":"a","options":{}},{"to":"b","options":{}}]},
 *      {"merge":["a","b"],"to":"c","combine":"min","options":{}}]}
 *
 * Maps are sorted by key (table rows by their number), numbers are strings in plain notation,
 * "options" and "states" are left out when empty.
 */
/** Writes a migration plan as JSON. */
public final class PlanJson {

  private PlanJson() {}

  /**
   * @param p a plan
   * @return its JSON
   */
  public static String write(MigrationPlan p) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"formatVersion\":\"1.0\",\"from\":{\"id\":");
    DiffJson.quote(sb, p.fromId()).append(",\"version\":");
    DiffJson.quote(sb, p.fromVersion().toString()).append("},\"to\":{\"id\":");
    DiffJson.quote(sb, p.toId()).append(",\"version\":");
    DiffJson.quote(sb, p.toVersion().toString()).append("},\"comments\":")
        .append(p.carryComments() ? "\"carry\"" : "\"drop\"").append(",\"evidence\":")
        .append(p.carryEvidence() ? "\"carry\"" : "\"drop\"").append(",\"steps\":[");
    String comma = "";
    for (MigrationStep s : p.steps()) {
      sb.append(comma);
      step(sb, s);
      comma = ",";
    }
    return sb.append("]}").toString();
  }

  private static void step(StringBuilder sb, MigrationStep s) {
    if (s instanceof MigrationStep.Carry c) {
      sb.append("{\"carry\":");
      carry(sb, c);
    } else if (s instanceof MigrationStep.Retire r) {
      sb.append("{\"retire\":");
      DiffJson.quote(sb, r.question()).append(",\"reason\":");
      DiffJson.quote(sb, r.reason()).append('}');
    } else if (s instanceof MigrationStep.Rescale r) {
      sb.append("{\"rescale\":");
      DiffJson.quote(sb, r.from()).append(",\"to\":");
      DiffJson.quote(sb, r.to());
      if (r.factor().isPresent()) {
        sb.append(",\"factor\":");
        DiffJson.quote(sb, r.factor().get().toPlainString()).append(",\"offset\":");
        DiffJson.quote(sb, r.offset().orElse(BigDecimal.ZERO).toPlainString());
      } else {
        sb.append(",\"table\":[");
        String comma = "";
        for (Map.Entry<BigDecimal, BigDecimal> e : new TreeMap<>(r.table()).entrySet()) {
          sb.append(comma).append("{\"from\":");
          DiffJson.quote(sb, e.getKey().toPlainString()).append(",\"to\":");
          DiffJson.quote(sb, e.getValue().toPlainString()).append('}');
          comma = ",";
        }
        sb.append(']');
      }
      sb.append('}');
    } else if (s instanceof MigrationStep.Split sp) {
      sb.append("{\"split\":");
      DiffJson.quote(sb, sp.from()).append(",\"into\":[");
      String comma = "";
      for (MigrationStep.Carry c : sp.into()) {
        sb.append(comma).append("{\"to\":");
        DiffJson.quote(sb, c.to());
        targets(sb, "options", c.options());
        targets(sb, "states", c.states());
        sb.append('}');
        comma = ",";
      }
      sb.append("]}");
    } else if (s instanceof MigrationStep.Merge m) {
      sb.append("{\"merge\":");
      strings(sb, m.from()).append(",\"to\":");
      DiffJson.quote(sb, m.to()).append(",\"combine\":");
      DiffJson.quote(sb, m.combine().jsonName());
      targets(sb, "options", m.options());
      sb.append('}');
    }
  }

  private static void carry(StringBuilder sb, MigrationStep.Carry c) {
    DiffJson.quote(sb, c.from()).append(",\"to\":");
    DiffJson.quote(sb, c.to());
    targets(sb, "options", c.options());
    targets(sb, "states", c.states());
    sb.append('}');
  }

  private static void targets(StringBuilder sb, String name, Map<String, OptionTarget> map) {
    if (map.isEmpty()) {
      return;
    }
    sb.append(",\"").append(name).append("\":{");
    String comma = "";
    for (Map.Entry<String, OptionTarget> e : new TreeMap<>(map).entrySet()) {
      sb.append(comma);
      DiffJson.quote(sb, e.getKey()).append(":{\"").append(e.getValue().kind().jsonName()).append("\":");
      DiffJson.quote(sb, e.getValue().value()).append('}');
      comma = ",";
    }
    sb.append('}');
  }

  private static StringBuilder strings(StringBuilder sb, List<String> values) {
    sb.append('[');
    for (int i = 0; i < values.size(); i++) {
      DiffJson.quote(sb.append(i == 0 ? "" : ","), values.get(i));
    }
    return sb.append(']');
  }
}
