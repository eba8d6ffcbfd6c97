package org.chronik.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chronik.model.TimeExpression;
import org.junit.jupiter.api.Test;

class TimeMlReaderTest {
  @Test
  void tagsMapBackToBodyOffsetsThroughEntities() {
    String body = "A & B trafen sich am 3. Mai 2001 <dort>.\nDanach: drei Wochen.";
    String timeml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"TimeML.dtd\">\n<TimeML>\n"
        + "A &amp; B trafen sich am <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2001-05-03\">3. Mai 2001</TIMEX3> &lt;dort&gt;.\n"
        + "Danach: <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3W\" mod=\"APPROX\">drei Wochen</TIMEX3>.\n</TimeML>\n";
    List<TimeExpression> found = TimeMlReader.read(timeml, body);
    assertEquals(2, found.size());
    assertEquals("3. Mai 2001", found.get(0).text());
    assertEquals(body.indexOf("3. Mai"), found.get(0).span().begin());
    assertEquals("2001-05-03", found.get(0).value());
    assertEquals("drei Wochen", found.get(1).text());
    assertEquals("APPROX", found.get(1).mod());
    assertEquals("DURATION", found.get(1).type());
  }
}
