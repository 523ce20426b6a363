/**
 * Static analysis of rule patterns for the engine's per-value gate. For a RegExp it proves (conservatively):
 *  - `punct`: a set of ASCII punctuation characters (32-bit mask) such that every match contains one of them;
 *  - `literals`: a set of lower-case strings such that every match contains one of them (case-insensitively).
 * Either is null when nothing can be proven. A value that fails a rule's gate cannot match the rule, so plain
 * values (words, numbers, identifiers: most of clean traffic) never reach the expensive regexes. Anything the
 * parser does not understand contributes no requirement.
 */

/** The 32 ASCII punctuation characters, one bit each (see BIT for control characters). */
export const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

const BIT = new Int32Array(128).fill(0);
for (let i = 0; i < PUNCT.length; i++) BIT[PUNCT.charCodeAt(i)] = 1 << i;
// Control characters share the bit of `~` (an over-approximation both ways, so still sound): rules that need a
// NUL, CR or LF are gated too.
for (let c = 0; c < 32; c++) BIT[c] = BIT[126] as number;
BIT[127] = BIT[126] as number;

const CONTROL_ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, v: 11, f: 12, "0": 0 };

function bitOf(code: number): number {
  return code < 128 ? (BIT[code] as number) : 0;
}

/** Mask of the punctuation characters present in `s`. */
export function punctMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) m |= BIT[c] as number;
  }
  return m;
}

/** Parsed pattern: only what the analysis needs. */
type Node =
  | { t: "alt"; alts: Item[][] } // alternatives, each a sequence of quantified items
  | { t: "char"; code: number } // one literal character
  | { t: "set"; mask: number | null } // a class: its punctuation mask when it only holds punctuation
  | { t: "zero" } // assertion or lookaround: matches no character
  | { t: "any" }; // anything else (., \w, \d, back-reference …)

interface Item {
  node: Node;
  min: number;
  /** True for an unquantified atom (exactly once). */
  once: boolean;
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alternation();
    if (this.i !== this.src.length) throw new Error("unparsed");
    return n;
  }

  private alternation(): Node {
    const alts: Item[][] = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return { t: "alt", alts };
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const node = this.atom();
      const q = this.quantifier();
      items.push({ node, min: q ?? 1, once: q === null });
    }
    return items;
  }

  /** Minimum repeat count of a quantifier, null when the atom has none. */
  private quantifier(): number | null {
    const ch = this.src[this.i];
    let min: number;
    if (ch === "*" || ch === "?") {
      min = 0;
      this.i++;
    } else if (ch === "+") {
      min = 1;
      this.i++;
    } else if (ch === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return null;
      min = Number(m[1]);
      this.i += m[0].length;
    } else return null;
    if (this.src[this.i] === "?") this.i++;
    return min;
  }

  private atom(): Node {
    const ch = this.src[this.i++];
    if (ch === "(") return this.group();
    if (ch === "[") return this.charClass();
    if (ch === "\\") return this.escape();
    if (ch === "^" || ch === "$") return { t: "zero" };
    if (ch === "." || ch === undefined) return { t: "any" };
    return { t: "char", code: ch.charCodeAt(0) };
  }

  private group(): Node {
    let lookaround = false;
    if (this.src[this.i] === "?") {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith("?:")) this.i += 2;
      else if (/^\?<?[=!]/.test(rest)) {
        lookaround = true;
        this.i += rest[1] === "<" ? 3 : 2;
      } else if (rest.startsWith("?<")) {
        const end = this.src.indexOf(">", this.i);
        if (end === -1) throw new Error("bad group");
        this.i = end + 1;
      } else throw new Error("unknown group");
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ")") throw new Error("unclosed group");
    this.i++;
    return lookaround ? { t: "zero" } : inner;
  }

  private hex(len: number): number {
    const v = parseInt(this.src.slice(this.i, this.i + len), 16);
    this.i += len;
    return v;
  }

  private escape(): Node {
    const ch = this.src[this.i++];
    if (ch === undefined) throw new Error("trailing backslash");
    if (ch === "x") return { t: "char", code: this.hex(2) };
    if (ch === "u") return { t: "char", code: this.hex(4) };
    if (ch === "b" || ch === "B") return { t: "zero" };
    const ctl = CONTROL_ESCAPES[ch];
    if (ctl !== undefined && !(ch === "0" && /[0-9]/.test(this.src[this.i] ?? ""))) return { t: "char", code: ctl };
    if (ch === "k") {
      const end = this.src.indexOf(">", this.i);
      this.i = end === -1 ? this.src.length : end + 1;
      return { t: "any" };
    }
    if (ch === "c") {
      this.i++;
      return { t: "any" };
    }
    if (/[a-zA-Z0-9]/.test(ch)) {
      while (/[0-9]/.test(this.src[this.i] ?? "") && /[0-9]/.test(ch)) this.i++;
      return { t: "any" }; // \d \w \s \n \t \0 back-references …
    }
    return { t: "char", code: ch.charCodeAt(0) };
  }

  private charClass(): Node {
    let negated = false;
    if (this.src[this.i] === "^") {
      negated = true;
      this.i++;
    }
    let mask = 0;
    let onlyPunct = true;
    while (this.i < this.src.length && this.src[this.i] !== "]") {
      const lo = this.classChar();
      if (lo !== null && this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classChar();
        if (hi === null || hi < lo) {
          onlyPunct = false;
          continue;
        }
        for (let c = lo; c <= hi; c++) {
          const b = bitOf(c);
          if (b === 0) onlyPunct = false;
          mask |= b;
        }
        continue;
      }
      const b = lo === null ? 0 : bitOf(lo);
      if (b === 0) onlyPunct = false;
      mask |= b;
    }
    if (this.src[this.i] !== "]") throw new Error("unclosed class");
    this.i++;
    return { t: "set", mask: !negated && onlyPunct && mask !== 0 ? mask : null };
  }

  /** One class member as a code point; null for class escapes (\w, \s, \d …). */
  private classChar(): number | null {
    const ch = this.src[this.i++];
    if (ch === undefined) return null;
    if (ch !== "\\") return ch.charCodeAt(0);
    const e = this.src[this.i++];
    if (e === undefined) return null;
    if (e === "x") return this.hex(2);
    if (e === "u") return this.hex(4);
    if (e === "c") {
      this.i++;
      return null;
    }
    const ctl = CONTROL_ESCAPES[e];
    if (ctl !== undefined) return ctl;
    if (/[a-zA-Z0-9]/.test(e)) return null;
    return e.charCodeAt(0);
  }
}

function popcount(m: number): number {
  let n = 0;
  for (let x = m >>> 0; x; x &= x - 1) n++;
  return n;
}

function punctOf(n: Node): number | null {
  switch (n.t) {
    case "char": {
      const b = bitOf(n.code);
      return b === 0 ? null : b;
    }
    case "set":
      return n.mask;
    case "alt": {
      let acc = 0;
      for (const seq of n.alts) {
        let best: number | null = null;
        for (const it of seq) {
          if (it.min === 0) continue;
          const r = punctOf(it.node);
          if (r !== null && (best === null || popcount(r) < popcount(best))) best = r;
        }
        if (best === null) return null;
        acc |= best;
      }
      return acc;
    }
    default:
      return null;
  }
}

/** Weakest literal of a set (the shortest): a set is as selective as its shortest member. */
function strength(lits: string[]): number {
  let min = Infinity;
  for (const l of lits) min = Math.min(min, l.length);
  return min;
}

const MAX_LITERALS = 400;

function literalsOf(n: Node): string[] | null {
  if (n.t === "char") return [String.fromCharCode(n.code).toLowerCase()];
  if (n.t !== "alt") return null;
  const out: string[] = [];
  for (const seq of n.alts) {
    let best: string[] | null = null;
    const consider = (lits: string[] | null): void => {
      if (lits && lits.length > 0 && (best === null || strength(lits) > strength(best))) best = lits;
    };
    let run = "";
    for (const it of seq) {
      if (it.node.t === "char" && it.min >= 1) {
        run += String.fromCharCode(it.node.code).toLowerCase();
        if (!it.once) {
          consider([run]);
          run = "";
        }
        continue;
      }
      if (run) consider([run]);
      run = "";
      if (it.min >= 1) consider(literalsOf(it.node));
    }
    if (run) consider([run]);
    if (best === null) return null;
    out.push(...(best as string[]));
    if (out.length > MAX_LITERALS) return null;
  }
  return [...new Set(out)];
}

export interface Requirements {
  punct: number | null;
  literals: string[] | null;
}

/** What every match of `re` must contain (see the module comment). */
export function requirements(re: RegExp): Requirements {
  try {
    const ast = new Parser(re.source).parse();
    const lits = literalsOf(ast);
    return { punct: punctOf(ast), literals: lits && strength(lits) >= 2 ? lits : null };
  } catch {
    return { punct: null, literals: null };
  }
}
