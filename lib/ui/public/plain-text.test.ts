import { describe, expect, it } from "vitest";
import { summarize } from "./format";
import { markdownToPlainText } from "./plain-text";

describe("markdownToPlainText keeps ordinary characters", () => {
  it.each([
    // The QA report's example: underscores inside words, a comparison, an accession number.
    ["Reads from run_42 with Q > 30 and NC_005816", "Reads from run_42 with Q > 30 and NC_005816"],
    ["p < 0.05 and 5' -> 3' on chr1:1_000-2_000", "p < 0.05 and 5' -> 3' on chr1:1_000-2_000"],
    ["2 * 3 * 4 = 24; a ** b; x_1 and y_2", "2 * 3 * 4 = 24; a ** b; x_1 and y_2"],
    ["snake_case_name, a__b__c, __dunder, GRCh38_no_alt", "snake_case_name, a__b__c, __dunder, GRCh38_no_alt"],
    ["Tm >= 60 °C, length <100 bp, <gene> placeholder, [1] and [Na+]", "Tm >= 60 °C, length <100 bp, <gene> placeholder, [1] and [Na+]"],
    ["Number of reads: 10 # approx, sample #3", "Number of reads: 10 # approx, sample #3"],
    ["AT&T & co, 1 < 2 > 0", "AT&T & co, 1 < 2 > 0"],
  ])("%j", (input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});

describe("markdownToPlainText removes Markdown markup (CommonMark 0.31)", () => {
  it("emphasis and strong emphasis (§6.2), strikethrough", () => {
    expect(markdownToPlainText("Some **bold**, *italic*, _italic_, __strong__ and ~~gone~~ text")).toBe("Some bold, italic, italic, strong and gone text");
    expect(markdownToPlainText("**_nested_ emphasis**")).toBe("nested emphasis");
    expect(markdownToPlainText("*E. coli* K-12 and _Homo sapiens_")).toBe("E. coli K-12 and Homo sapiens");
  });

  it("links, images and autolinks (§6.3–6.5): the text stays, the destination goes", () => {
    expect(markdownToPlainText("See [the ENA record](https://www.ebi.ac.uk/ena/browser/view/MN908947) for details")).toBe("See the ENA record for details");
    expect(markdownToPlainText('[with title](https://x.org/a_(b) "Title") and ![a plot](plot_1.png)')).toBe("with title and a plot");
    expect(markdownToPlainText("Mail <mailto:lab@example.org> or <https://example.org/q?a_b=1>")).toBe("Mail mailto:lab@example.org or https://example.org/q?a_b=1");
    expect(markdownToPlainText("[reference style][ref]")).toBe("reference style");
  });

  it("code spans and fenced code (§6.1, §4.5): code is text as written", () => {
    expect(markdownToPlainText("Filter with `samtools view -q 30 in_1.bam > out_1.bam`.")).toBe("Filter with samtools view -q 30 in_1.bam > out_1.bam.");
    expect(markdownToPlainText("Run:\n\n```bash\nbwa mem ref.fa r_1.fq *.fq\n```\n\nDone.")).toBe("Run: bwa mem ref.fa r_1.fq *.fq Done.");
    expect(markdownToPlainText("``a `tick` inside``")).toBe("a `tick` inside");
  });

  it("headings, block quotes, lists and thematic breaks (§4.1–4.3, §5.1–5.2)", () => {
    expect(markdownToPlainText("# Overview\n\nA genome.\n\n## Methods ##\nSequenced.")).toBe("Overview A genome. Methods Sequenced.");
    expect(markdownToPlainText("Title\n=====\n\n> Quoted\n> > twice\n\n- one\n* two\n+ three\n1. first\n2) second\n- [x] done")).toBe("Title Quoted twice one two three first second done");
    expect(markdownToPlainText("above\n\n---\n\n***\nbelow")).toBe("above below");
  });

  it("HTML tags and comments, and character references", () => {
    expect(markdownToPlainText('<p>Reads <b>filtered</b> at <span class="q">Q&gt;30</span><br/>then <em>trimmed</em></p><!-- internal note -->')).toBe("Reads filtered at Q>30 then trimmed");
    expect(markdownToPlainText("&lt;b&gt; is shown as text, &alpha;-helix, &#x3B2;-sheet, &#176;C, &bogus;")).toBe("<b> is shown as text, α-helix, β-sheet, °C, &bogus;");
  });

  it("backslash escapes (§2.4) are literal characters", () => {
    expect(markdownToPlainText("\\*not emphasis\\*, \\_x\\_, \\# not a heading, a\\\\b")).toBe("*not emphasis*, _x_, # not a heading, a\\b");
  });
});

describe("summarize", () => {
  it("keeps the QA example intact in a meta description", () => {
    expect(summarize("Reads from run_42 with Q > 30 and NC_005816")).toBe("Reads from run_42 with Q > 30 and NC_005816");
  });

  it("flattens Markdown to one line and cuts long text on a word boundary", () => {
    expect(summarize("# Title\n\nThe **reference** genome of [SARS-CoV-2](https://x.org).", 200)).toBe("Title The reference genome of SARS-CoV-2.");
    const long = `${"word ".repeat(60)}end`;
    const cut = summarize(long, 50);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut).not.toMatch(/wor…$/);
  });
});

describe("summarize on long input", () => {
  it("reads only the start of a very long description and still marks the cut", () => {
    const markupHeavy = `${"<span></span>".repeat(1000)}Short text`;
    expect(summarize(markupHeavy, 50)).toBe("…");
    const huge = `Intro with run_42. ${"x ".repeat(200_000)}`;
    const t0 = performance.now();
    expect(summarize(huge, 200).startsWith("Intro with run_42. x x")).toBe(true);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
