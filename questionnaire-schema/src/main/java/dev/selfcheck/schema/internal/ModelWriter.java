package dev.selfcheck.schema.internal;

import dev.selfcheck.core.AllOf;
import dev.selfcheck.core.Answer;
import dev.selfcheck.core.AnswerComparison;
import dev.selfcheck.core.AnswerIs;
import dev.selfcheck.core.AnswerOption;
import dev.selfcheck.core.AnswerScale;
import dev.selfcheck.core.AnswerState;
import dev.selfcheck.core.AnswerValue;
import dev.selfcheck.core.AnyOf;
import dev.selfcheck.core.Band;
import dev.selfcheck.core.BandIs;
import dev.selfcheck.core.MeasureComparison;
import dev.selfcheck.core.Quantifier;
import dev.selfcheck.core.ScorableIs;
import dev.selfcheck.core.Condition;
import dev.selfcheck.core.ConditionReference;
import dev.selfcheck.core.Dimension;
import dev.selfcheck.core.Consensus;
import dev.selfcheck.core.ItemScoring;
import dev.selfcheck.core.Link;
import dev.selfcheck.core.Literal;
import dev.selfcheck.core.LocalizedText;
import dev.selfcheck.core.Metadata;
import dev.selfcheck.core.Not;
import dev.selfcheck.core.Operator;
import dev.selfcheck.core.Question;
import dev.selfcheck.core.Questionnaire;
import dev.selfcheck.core.Recommendation;
import dev.selfcheck.core.Response;
import dev.selfcheck.core.Rule;
import dev.selfcheck.core.ScoringSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/*
 * Writes the model as a canonical tree: members in a fixed order (the order of the format
 * documentation), maps (texts, answers, extensions) sorted by key, optional values and defaults
 * left out, numbers exactly as held. Equal models therefore give equal trees, and so equal bytes.
 */
/** Writes model values as canonical JSON trees. */
public final class ModelWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * RFC 3339 with seconds always written (OffsetDateTime.toString() drops zero seconds, which
   * RFC 3339 does not allow) and the fraction only as long as needed.
   */
  private static final java.time.format.DateTimeFormatter TIMESTAMP =
      new java.time.format.DateTimeFormatterBuilder()
          .append(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm:ss")
          .appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true)
          .appendOffsetId()
          .toFormatter(java.util.Locale.ROOT);

  private ModelWriter() {}

  /**
   * Writes a questionnaire.
   *
   * @param q the questionnaire
   * @param schemaId the {@code $schema} to name
   * @return the tree
   */
  public static ObjectNode questionnaire(Questionnaire q, String schemaId) {
    ObjectNode n = NODES.objectNode();
    n.put("$schema", schemaId);
    n.put("formatVersion", q.formatVersion());
    n.put("id", q.id());
    n.put("version", q.version().toString());
    n.put("defaultLocale", q.defaultLocale());
    if (!q.locales().isEmpty()) {
      ArrayNode a = n.putArray("locales");
      q.locales().forEach(a::add);
    }
    n.set("title", text(q.title()));
    q.description().ifPresent(t -> n.set("description", text(t)));
    if (!q.metadata().equals(Metadata.empty())) {
      n.set("metadata", metadata(q.metadata()));
    }
    list(n, "scales", q.scales(), ModelWriter::scale);
    list(n, "dimensions", q.dimensions(), ModelWriter::dimension);
    q.scoring().ifPresent(s -> n.set("scoring", scoring(s)));
    list(n, "bands", q.bands(), ModelWriter::band);
    list(n, "recommendations", q.recommendations(), ModelWriter::recommendation);
    list(n, "rules", q.rules(), ModelWriter::rule);
    if (!q.namedConditions().isEmpty()) {
      ObjectNode named = n.putObject("conditions");
      q.namedConditions().forEach((name, c) -> named.set(name, condition(c)));
    }
    extensions(n, q.extensions());
    return n;
  }

  private static <T> void list(ObjectNode n, String name, List<T> values, Function<T, JsonNode> f) {
    if (!values.isEmpty()) {
      ArrayNode a = n.putArray(name);
      values.forEach(v -> a.add(f.apply(v)));
    }
  }

  private static ObjectNode text(LocalizedText t) {
    ObjectNode n = NODES.objectNode();
    new TreeMap<>(t.translations()).forEach(n::put);
    return n;
  }

  private static void extensions(ObjectNode n, Map<String, String> extensions) {
    if (!extensions.isEmpty()) {
      ObjectNode e = n.putObject("extensions");
      new TreeMap<>(extensions).forEach((k, v) -> e.set(k, CanonicalJson.read(v)));
    }
  }

  private static ObjectNode metadata(Metadata m) {
    ObjectNode n = NODES.objectNode();
    if (!m.authors().isEmpty()) {
      ArrayNode a = n.putArray("authors");
      m.authors().forEach(a::add);
    }
    m.licence().ifPresent(v -> n.put("licence", v));
    m.source().ifPresent(v -> n.put("source", v));
    return n;
  }

  private static ObjectNode scale(AnswerScale s) {
    ObjectNode n = NODES.objectNode();
    n.put("id", s.id());
    s.label().ifPresent(t -> n.set("label", text(t)));
    list(n, "options", s.options(), ModelWriter::option);
    if (s.allowDontKnow()) {
      n.put("allowDontKnow", true);
    }
    if (s.allowNotApplicable()) {
      n.put("allowNotApplicable", true);
    }
    return n;
  }

  private static ObjectNode option(AnswerOption o) {
    ObjectNode n = NODES.objectNode();
    n.put("value", o.value());
    n.set("label", text(o.label()));
    o.score().ifPresent(v -> n.put("score", v));
    extensions(n, o.extensions());
    return n;
  }

  private static void weight(ObjectNode n, BigDecimal weight) {
    if (!weight.equals(BigDecimal.ONE)) {
      n.put("weight", weight);
    }
  }

  private static ObjectNode dimension(Dimension d) {
    ObjectNode n = NODES.objectNode();
    n.put("id", d.id());
    n.set("label", text(d.label()));
    d.description().ifPresent(t -> n.set("description", text(t)));
    weight(n, d.weight());
    list(n, "dimensions", d.dimensions(), ModelWriter::dimension);
    list(n, "questions", d.questions(), ModelWriter::question);
    d.scoring().ifPresent(s -> n.set("scoring", scoring(s)));
    if (d.ownBands() && d.bands().isEmpty()) {
      n.putArray("bands"); // "bands": [] says: no bands, not the questionnaire's
    }
    list(n, "bands", d.bands(), ModelWriter::band);
    extensions(n, d.extensions());
    return n;
  }

  private static ObjectNode question(Question q) {
    ObjectNode n = NODES.objectNode();
    n.put("id", q.id());
    n.put("type", q.type().jsonName());
    n.set("text", text(q.text()));
    q.help().ifPresent(t -> n.set("help", text(t)));
    weight(n, q.weight());
    q.scale().ifPresent(v -> n.put("scale", v));
    list(n, "options", q.options(), ModelWriter::option);
    q.allowDontKnow().ifPresent(v -> n.put("allowDontKnow", v));
    q.allowNotApplicable().ifPresent(v -> n.put("allowNotApplicable", v));
    q.unit().ifPresent(v -> n.put("unit", v));
    q.min().ifPresent(v -> n.put("min", v));
    q.max().ifPresent(v -> n.put("max", v));
    if (q.required()) {
      n.put("required", true);
    }
    if (q.reversed()) {
      n.put("reversed", true);
    }
    q.scoring().ifPresent(s -> n.set("scoring", itemScoring(s)));
    q.visibleWhen().ifPresent(c -> n.set("visibleWhen", condition(c)));
    extensions(n, q.extensions());
    return n;
  }

  private static ObjectNode itemScoring(ItemScoring s) {
    ObjectNode n = NODES.objectNode();
    s.yes().ifPresent(v -> n.put("yes", v));
    s.no().ifPresent(v -> n.put("no", v));
    if (!s.thresholds().isEmpty()) {
      ArrayNode a = n.putArray("thresholds");
      s.thresholds().forEach(t -> a.addObject().put("from", t.from()).put("score", t.score()));
    }
    if (!s.points().isEmpty()) {
      ArrayNode a = n.putArray("points");
      s.points().forEach(t -> a.addObject().put("value", t.value()).put("score", t.score()));
    }
    s.multiple().ifPresent(v -> n.put("multiple", v.jsonName()));
    s.cap().ifPresent(v -> n.put("cap", v));
    s.combine().ifPresent(v -> n.put("combine", v.jsonName()));
    s.leadRole().ifPresent(v -> n.put("leadRole", v));
    return n;
  }

  private static ObjectNode scoring(ScoringSettings s) {
    ObjectNode n = NODES.objectNode();
    s.aggregation().ifPresent(v -> n.put("aggregation", v.jsonName()));
    s.threshold().ifPresent(v -> n.put("threshold", v));
    s.missing().ifPresent(v -> n.put("missing", v.jsonName()));
    s.missingScore().ifPresent(v -> n.put("missingScore", v));
    s.minAnsweredShare().ifPresent(v -> n.put("minAnsweredShare", v));
    s.maxMissing().ifPresent(v -> n.put("maxMissing", v));
    s.normalize().ifPresent(v -> n.put("normalize", v));
    s.factor().ifPresent(v -> n.put("factor", v));
    s.offset().ifPresent(v -> n.put("offset", v));
    if (!s.terms().isEmpty()) {
      ArrayNode terms = n.putArray("terms");
      s.terms().forEach(t -> terms.addObject().put("id", t.id()).<ObjectNode>set("when",
          condition(t.when())).put("add", t.add()));
    }
    if (!s.counts().isEmpty()) {
      ArrayNode counts = n.putArray("counts");
      s.counts().forEach(c -> {
        ObjectNode q = condition(c.test());
        q.remove("atLeast");
        counts.addObject().put("id", c.id()).setAll(q);
      });
    }
    s.min().ifPresent(v -> n.put("min", v));
    s.max().ifPresent(v -> n.put("max", v));
    if (!s.convert().isEmpty()) {
      ArrayNode a = n.putArray("convert");
      s.convert().forEach(r -> {
        ObjectNode row = a.addObject().put("raw", r.raw()).put("score", r.score());
        if (!r.also().isEmpty()) {
          ObjectNode also = row.putObject("also");
          r.also().forEach(also::put);
        }
      });
    }
    s.round().ifPresent(v -> n.putObject("round").put("rule", v.rule().jsonName())
        .put("decimals", v.decimals()));
    s.decimals().ifPresent(v -> n.put("decimals", v));
    s.combine().ifPresent(v -> n.put("combine", v.jsonName()));
    s.leadRole().ifPresent(v -> n.put("leadRole", v));
    return n;
  }

  private static ObjectNode band(Band b) {
    ObjectNode n = NODES.objectNode();
    n.put("id", b.id());
    n.set("label", text(b.label()));
    b.text().ifPresent(t -> n.set("text", text(t)));
    n.put("lower", b.lower());
    n.put("upper", b.upper());
    if (!b.lowerInclusive()) {
      n.put("lowerInclusive", false);
    }
    if (b.upperInclusive()) {
      n.put("upperInclusive", true);
    }
    return n;
  }

  private static ObjectNode recommendation(Recommendation r) {
    ObjectNode n = NODES.objectNode();
    n.put("id", r.id());
    n.set("title", text(r.title()));
    n.set("text", text(r.text()));
    r.rationale().ifPresent(t -> n.set("rationale", text(t)));
    r.dimension().ifPresent(v -> n.put("dimension", v));
    if (r.priority() != 0) {
      n.put("priority", r.priority());
    }
    list(n, "links", r.links(), ModelWriter::link);
    if (!r.tags().isEmpty()) {
      ArrayNode a = n.putArray("tags");
      r.tags().forEach(a::add);
    }
    return n;
  }

  private static ObjectNode link(Link l) {
    ObjectNode n = NODES.objectNode();
    n.put("href", l.href());
    l.label().ifPresent(t -> n.set("label", text(t)));
    return n;
  }

  private static ObjectNode rule(Rule r) {
    ObjectNode n = NODES.objectNode();
    n.put("id", r.id());
    n.set("when", condition(r.when()));
    ArrayNode a = n.putArray("recommend");
    r.recommend().forEach(a::add);
    return n;
  }

  /**
   * Writes a condition.
   *
   * @param c the condition
   * @return the tree
   */
  public static ObjectNode condition(Condition c) {
    return c.accept(new Condition.Visitor<ObjectNode>() {
      @Override
      public ObjectNode visitAll(AllOf all) {
        ObjectNode n = NODES.objectNode();
        list(n, "all", all.parts(), ModelWriter::condition);
        return n;
      }

      @Override
      public ObjectNode visitAny(AnyOf any) {
        ObjectNode n = NODES.objectNode();
        list(n, "any", any.parts(), ModelWriter::condition);
        return n;
      }

      @Override
      public ObjectNode visitNot(Not not) {
        ObjectNode n = NODES.objectNode();
        n.set("not", condition(not.part()));
        return n;
      }

      @Override
      public ObjectNode visitAnswerIs(AnswerIs is) {
        ObjectNode n = NODES.objectNode();
        n.put("answer", is.question());
        n.put("is", is.state().jsonName());
        return n;
      }

      @Override
      public ObjectNode visitQuantifier(Quantifier q) {
        ObjectNode n = NODES.objectNode();
        ArrayNode of = n.putArray("of");
        q.questions().forEach(of::add);
        q.atLeast().ifPresent(v -> n.put("atLeast", v));
        q.atMost().ifPresent(v -> n.put("atMost", v));
        ObjectNode where = n.putObject("where");
        q.state().ifPresent(st -> where.put("is", st.jsonName()));
        q.operator().ifPresent(op -> {
          if (op == Operator.IN) {
            ArrayNode a = where.putArray("in");
            q.values().forEach(v -> a.add(literal(v)));
          } else {
            where.set(op.jsonName(), literal(q.values().get(0)));
          }
        });
        return n;
      }

      @Override
      public ObjectNode visitMeasure(MeasureComparison m) {
        ObjectNode n = NODES.objectNode();
        n.put(m.measure().jsonName(), m.dimension());
        n.put(m.operator().jsonName(), m.value());
        return n;
      }

      @Override
      public ObjectNode visitScorable(ScorableIs c) {
        ObjectNode n = NODES.objectNode();
        n.put("score", c.dimension());
        n.put("is", c.scorable() ? "scorable" : "notScorable");
        return n;
      }

      @Override
      public ObjectNode visitReference(ConditionReference r) {
        return NODES.objectNode().put("condition", r.name());
      }

      @Override
      public ObjectNode visitBand(BandIs b) {
        ObjectNode n = NODES.objectNode();
        n.put("band", b.dimension());
        if (b.operator() == Operator.IN) {
          ArrayNode a = n.putArray("in");
          b.bands().forEach(a::add);
        } else {
          n.put(b.operator().jsonName(), b.bands().get(0));
        }
        return n;
      }

      @Override
      public ObjectNode visitAnswerComparison(AnswerComparison cmp) {
        ObjectNode n = NODES.objectNode();
        n.put("answer", cmp.question());
        if (cmp.operator() == Operator.IN) {
          ArrayNode a = n.putArray("in");
          cmp.values().forEach(v -> a.add(literal(v)));
        } else {
          n.set(cmp.operator().jsonName(), literal(cmp.value()));
        }
        return n;
      }
    });
  }

  private static JsonNode literal(Literal l) {
    switch (l.kind()) {
      case NUMBER:
        return NODES.numberNode(l.number());
      case BOOLEAN:
        return NODES.booleanNode(l.bool());
      default:
        return NODES.stringNode(l.text());
    }
  }

  /**
   * Writes a response.
   *
   * @param r the response
   * @param schemaId the {@code $schema} to name
   * @return the tree
   */
  public static ObjectNode response(Response r, String schemaId) {
    ObjectNode n = NODES.objectNode();
    n.put("$schema", schemaId);
    n.put("formatVersion", r.formatVersion());
    ObjectNode q = n.putObject("questionnaire");
    q.put("id", r.questionnaireId());
    q.put("version", r.questionnaireVersion().toString());
    r.respondent().ifPresent(p -> {
      ObjectNode o = n.putObject("respondent");
      o.put("id", p.id());
      p.role().ifPresent(v -> o.put("role", v));
      p.group().ifPresent(v -> o.put("group", v));
    });
    r.startedAt().ifPresent(t -> n.put("startedAt", TIMESTAMP.format(t)));
    r.submittedAt().ifPresent(t -> n.put("submittedAt", TIMESTAMP.format(t)));
    ObjectNode answers = n.putObject("answers");
    new TreeMap<>(r.answers()).forEach((k, v) -> answers.set(k, answer(v)));
    r.consensus().ifPresent(c -> n.set("consensus", consensus(c)));
    extensions(n, r.extensions());
    return n;
  }

  private static ObjectNode consensus(Consensus c) {
    ObjectNode n = NODES.objectNode();
    ArrayNode members = n.putArray("members");
    c.members().forEach(m -> members.addObject().put("respondent", m.respondentId())
        .put("fingerprint", m.fingerprint()));
    n.put("fingerprint", c.fingerprint());
    ObjectNode answers = n.putObject("answers");
    new TreeMap<>(c.answers()).forEach((k, v) -> {
      ObjectNode o = answers.putObject(k);
      v.rule().ifPresent(rule -> o.put("rule", rule.jsonName()));
      v.rationale().ifPresent(text -> o.put("rationale", text));
    });
    return n;
  }

  private static ObjectNode answer(Answer a) {
    ObjectNode n = NODES.objectNode();
    a.value().ifPresent(v -> n.set("value", answerValue(v)));
    if (a.state() == AnswerState.DONT_KNOW || a.state() == AnswerState.NOT_APPLICABLE) {
      n.put("state", a.state().jsonName());
    }
    a.comment().ifPresent(v -> n.put("comment", v));
    if (!a.evidence().isEmpty()) {
      ArrayNode e = n.putArray("evidence");
      a.evidence().forEach(e::add);
    }
    return n;
  }

  private static JsonNode answerValue(AnswerValue v) {
    switch (v.kind()) {
      case STRINGS:
        ArrayNode a = NODES.arrayNode();
        v.asOptions().forEach(a::add);
        return a;
      case BOOLEAN:
        return NODES.booleanNode(v.asBoolean());
      case NUMBER:
        return NODES.numberNode(v.asNumber());
      default:
        return NODES.stringNode(v.asString());
    }
  }
}
