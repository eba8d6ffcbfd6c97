package org.chronik.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's label= condition reads what a verb of calling calls its object, from the label lists kept as data. */
class LabelConditionTest {
  @Test
  void aLabelConditionIsItsOwnConditionNotADependent() throws IOException {
    EventRule r = RuleText.one("t.nennen verb=nennen label=@label-accusation|Sonderweg src=nsubj tgt=obj code=112"
        + " example \"Polen nannte den Einmarsch einen Überfall.\" -> 112 POL RUS");
    assertTrue(r.labels().contains("putsch"));
    assertTrue(r.labels().contains("terrorist"));
    assertTrue(r.labels().contains("sonderweg"));
    // the label is never read where a dependent would be: the object itself is no label
    assertTrue(r.dependents().isEmpty());
    // a word of praise is no accusation
    assertFalse(r.labels().contains("vorbild"));
  }

  @Test
  void theLabelListsKeepTheirKindsApart() throws IOException {
    EventRule blame = RuleText.one("t.a verb=nennen label=@label-criticism src=nsubj tgt=obj code=111 example \"A.\" -> 111 POL RUS");
    EventRule praise = RuleText.one("t.b verb=nennen label=@label-praise src=nsubj tgt=obj code=051 example \"A.\" -> 051 POL RUS");
    EventRule crime = RuleText.one("t.c verb=nennen label=@label-accusation src=nsubj tgt=obj code=112 example \"A.\" -> 112 POL RUS");
    EventRule defence = RuleText.one("t.d verb=nennen label=@label-defence src=nsubj tgt=obj code=052 example \"A.\" -> 052 POL RUS");
    EventRule hope = RuleText.one("t.e verb=nennen label=@label-hope src=nsubj tgt=obj code=013 example \"A.\" -> 013 POL RUS");
    for (String w : praise.labels()) {
      assertFalse(blame.labels().contains(w) || crime.labels().contains(w), "praised and blamed: " + w);
    }
    for (String w : defence.labels()) {
      assertFalse(blame.labels().contains(w) || crime.labels().contains(w), "defended and blamed: " + w);
    }
    for (String w : hope.labels()) {
      assertFalse(blame.labels().contains(w) || crime.labels().contains(w), "hoped and blamed: " + w);
    }
  }

  @Test
  void aRuleWithALabelConditionLendsNoTargetsAsABarePattern() throws IOException {
    EventRule bare = RuleText.one("t.bare verb=nennen src=nsubj tgt=obl:gegen code=111 example \"A.\" -> 111 POL RUS");
    EventRule labelled = RuleText.one("t.label verb=nennen label=@label-criticism src=nsubj tgt=obj,obl:über code=111 example \"A.\" -> 111 POL RUS");
    List<EventRule> out = BareTargets.inherit(List.of(bare, labelled));
    // the labelled rule is conditioned: it takes the bare rule's prepositional slot, and gives none of its own
    assertTrue(out.get(1).target().contains(Slot.parse("obl:gegen")));
    assertFalse(out.get(0).target().contains(Slot.parse("obl:über")));
    assertEquals(labelled.labels(), out.get(1).labels());
  }
}
