import { describe, expect, it } from "vitest";
import { htmlParseProblem } from "../../src/local/telegram-html.js";
import { escapeHtml } from "../../src/bot/ui/html.js";

describe("the fake Bot API reads HTML as Telegram does", () => {
  it("accepts the supported tags, nested in order, and the entities", () => {
    expect(htmlParseProblem("<b>Week 1</b> · <i>pain</i> &lt;3 &amp; &quot;ok&quot; &#8212; &#x2014;")).toBeNull();
    expect(htmlParseProblem('<a href="https://example.org">x</a> <code>a</code> <blockquote>q</blockquote>')).toBeNull();
    expect(htmlParseProblem("plain text, 4 > 3")).toBeNull();
  });

  it("takes a & that starts no entity as text, as Telegram does", () => {
    expect(htmlParseProblem("988 Suicide & Crisis Lifeline")).toBeNull();
  });

  it("refuses a bare <, an unknown tag, and tags that do not close in order", () => {
    expect(htmlParseProblem("pain < 3")).toMatch(/unexpected "<"/);
    expect(htmlParseProblem("<script>x</script>")).toMatch(/unsupported start tag/);
    expect(htmlParseProblem("<b><i>x</b></i>")).toMatch(/unmatched end tag/);
    expect(htmlParseProblem("<b>x")).toMatch(/end tag/);
  });

  it("escaped user text always parses", () => {
    for (const s of ["<b>", "a & b", "<script>alert(1)</script>", "&amp;", "1 < 2 > 0"]) expect(htmlParseProblem(escapeHtml(s))).toBeNull();
  });
});
