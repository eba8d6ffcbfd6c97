package org.chronik.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronik.model.ActorRef;
import org.chronik.model.io.Tsv;

/**
 * The code an act of moving against someone takes between an army and an armed group, from {@code
 * lang/<iso>/events/armed-acts.tsv} (format in the events README): "Die Armee geht gegen die PKK
 * vor" is military force (190), not coercion (170); the police doing the same, an army acting on
 * demonstrators, or an army disarming or watching a militia keeps its code. So an army or security
 * forces killing an armed group's fighters, or an army crushing its insurgency, fight it (190), and an
 * armed group's attack on civilians is an assault (180): the sides' sectors decide. Some rows hold for any
 * target, the agent's kind alone deciding: the police "entering" a building coerce (170), they invade
 * nothing. Immutable.
 */
final class ArmedActs {
  /** One row: an event code prefix, a trigger lemma, the two sectors and the code they give. */
  private record Row(String prefix, String lemma, String source, String target, String code) {}

  /** The target sector of a row that holds whoever the target is: the source's kind alone decides. */
  private static final String ANY = "*";
  private final List<Row> rows;

  private ArmedActs(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static ArmedActs forLanguage(String iso) {
    String resource = "/lang/" + iso + "/events/armed-acts.tsv";
    Tsv.Table table = Tsv.Table.of(Tsv.resource(ArmedActs.class, resource), resource);
    List<Row> rows = new ArrayList<>();
    for (Tsv.Row row : table.rows()) {
      Row r = new Row(table.get(row, "prefix"), table.get(row, "lemma"), table.get(row, "source_sector"),
          table.get(row, "target_sector"), table.get(row, "armed_code"));
      if (!r.prefix().matches("\\d{2,4}") || !r.code().matches("\\d{2,4}") || r.lemma().isBlank()
          || !r.source().matches("[A-Z]{3}") || !r.target().matches("[A-Z]{3}|\\*")) {
        throw new IllegalArgumentException(row.where() + ": expected a code prefix, a lemma, two sectors and a code: \""
            + String.join("\t", row.fields()) + "\"");
      }
      rows.add(r);
    }
    return new ArmedActs(rows);
  }

  /**
   * The code for an act of {@code code}, coded by a rule with trigger {@code lemmas}, from {@code source}
   * on {@code target}: the row's code when one matches all four (a target sector {@value #ANY} matches any
   * target, also one without a sector: "Die Polizei drang in die Redaktion ein" is a raid whoever is hit), else unchanged.
   */
  String code(String code, Set<String> lemmas, ActorRef source, ActorRef target) {
    if (source == null || target == null || source.sector() == null) {
      return code;
    }
    for (Row r : rows) {
      if (code.startsWith(r.prefix()) && lemmas.contains(r.lemma()) && r.source().equals(source.sector())
          && (r.target().equals(ANY) || r.target().equals(target.sector()))) {
        return r.code();
      }
    }
    return code;
  }
}
