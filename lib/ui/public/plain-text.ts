/**
 * Markdown (the subset `lib/ui/components/markdown.tsx` renders, plus what people paste: inline
 * HTML, images, autolinks, block quotes) to plain text, for meta descriptions and card summaries.
 *
 * Only markup is removed; every character that is text stays. Descriptions are scientific
 * prose: `run_42`, `NC_005816`, `Q > 30`, `p < 0.05`, `5' -> 3'` and `2 * 3` must come out as
 * written. So each construct is matched as a whole — emphasis needs its closing delimiter, an
 * underscore only delimits emphasis at a word edge (CommonMark 0.31 §6.2: "_" is not
 * left-flanking inside a word), `>` only quotes at the start of a line (§5.1), and `<…>` is a
 * tag only when it has the shape of one and names an HTML element (§6.6).
 */

/** Private-use code points that mark protected spans while the rest is rewritten; removed from the input first. */
const OPEN = "\uE000";
const CLOSE = "\uE001";

/** HTML elements whose tags are removed; anything else in angle brackets (`<gene>`, `<100 bp>`) is text. */
const INLINE_ELEMENTS = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var"]);
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "caption", "center", "col", "colgroup", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "td", "tfoot", "th", "thead", "tr", "ul", "wbr",
]);

/** `<name attr="v" flag>` / `</name>` / `<name/>` — the shape of an HTML tag (CommonMark §6.6), names checked separately. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", hellip: "…", times: "×", deg: "°", plusmn: "±", micro: "µ", alpha: "α", beta: "β", gamma: "γ", delta: "δ" };

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Markdown source as one line of plain text (whitespace collapsed). */
export function markdownToPlainText(source: string): string {
  const kept: string[] = [];
  const keep = (text: string) => `${OPEN}${kept.push(text) - 1}${CLOSE}`;

  let text = source.replace(/[\uE000\uE001]/g, "").replace(/\r\n?/g, "\n");

  // Fenced code blocks (§4.5): the fences go, the code is text as written.
  text = text.replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, (_m, _fence: string, body: string) => `${keep(body)}\n`);
  // Code spans (§6.1): same, and nothing inside them is markup.
  text = text.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, body: string) => keep(body.replace(/^ (.*) $/s, "$1")));
  // Backslash escapes (§2.4): the escaped character is literal text.
  text = text.replace(/\\([!-/:-@[-`{-~])/g, (_m, ch: string) => keep(ch));
  // HTML comments.
  text = text.replace(/<!--[\s\S]*?-->/g, " ");

  // Block markers, line by line: headings (§4.2), setext underlines (§4.3), thematic breaks (§4.1),
  // block quotes (§5.1), list items (§5.2). Only at the start of a line.
  text = text
    .split("\n")
    .map((line) => {
      if (/^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/.test(line)) return "";
      let out = line;
      for (let quote = /^ {0,3}>[ \t]?/; quote.test(out); ) out = out.replace(quote, "");
      const heading = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
      if (heading.test(out)) out = out.replace(heading, "").replace(/(?:^|[ \t]+)#+[ \t]*$/, "");
      out = out.replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/, "");
      return out;
    })
    .join("\n");

  // Images and links (§6.3, §6.4): the text stays, the destination goes; autolinks (§6.5) keep the address.
  text = text.replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, "$1");
  text = text.replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, "$1");
  text = text.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1");
  text = text.replace(/<((?:https?|ftp|mailto):[^\s<>]+)>/gi, (_m, url: string) => keep(url));

  // Raw HTML tags of known elements: inline ones vanish, block ones separate words.
  text = text.replace(TAG, (whole, _slash: string, name: string) => {
    const lower = name.toLowerCase();
    if (INLINE_ELEMENTS.has(lower)) return "";
    if (BLOCK_ELEMENTS.has(lower)) return " ";
    return whole;
  });

  // Emphasis (§6.2): a delimiter run opens before non-space and closes after non-space; "_" only at
  // word edges, so identifiers such as run_42 or snake_case_name keep their underscores.
  const word = "\\p{L}\\p{N}";
  text = text.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "$1");
  text = text.replace(new RegExp(`(^|[^${word}_])__(?=\\S)([\\s\\S]*?\\S)__(?![${word}_])`, "gu"), "$1$2");
  text = text.replace(/(^|[^*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?!\*)/g, "$1$2");
  text = text.replace(new RegExp(`(^|[^${word}_])_(?=[^\\s_])([^_\\n]*?[^\\s_])_(?![${word}_])`, "gu"), "$1$2");
  text = text.replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1");

  text = decodeEntities(text);
  // A kept span may hold another (a code span reaching over a fenced block): restore until none is left.
  const marker = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
  for (let depth = 0; depth < 4 && text.includes(OPEN); depth++) text = text.replace(marker, (_m, i: string) => kept[Number(i)] ?? "");
  return text.replace(/\s+/g, " ").trim();
}
