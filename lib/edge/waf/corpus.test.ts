/**
 * Corpus replay, in process: every record of ./corpus (OWASP CRS v4.28.0 regression requests, attack and
 * negative tests, plus synthetic bioinformatics traffic; see corpus/README.md) is turned into a WafInput and
 * inspected at the default config. Each file is split in two halves by an FNV-1a hash of the record id
 * (corpusHalf): rules were tuned looking at the "tune" half only; the targets are asserted on the "holdout" half.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusHalf, parseJsonl, recordToInput, type CorpusRecord } from "./corpus/record";
import { DEFAULT_WAF_CONFIG, inspectRequest } from "./index";

const dir = fileURLToPath(new URL("./corpus/", import.meta.url));
const load = (name: string): CorpusRecord[] => parseJsonl(readFileSync(`${dir}${name}.jsonl`, "utf8"));

interface Tally {
  n: number;
  blocked: number;
}

function replay(records: CorpusRecord[], key: (r: CorpusRecord) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const r of records) {
    const res = inspectRequest(recordToInput(r), DEFAULT_WAF_CONFIG);
    for (const k of [key(r), "ALL"]) {
      const t = out.get(k) ?? { n: 0, blocked: 0 };
      t.n++;
      if (res.action === "block") t.blocked++;
      out.set(k, t);
    }
  }
  return out;
}

const pct = (t: Tally | undefined): number => (t && t.n > 0 ? (100 * t.blocked) / t.n : 0);

function table(title: string, rows: Map<string, Tally>): string {
  const lines = [`${title}`, "  category                 n   blocked   rate"];
  for (const [k, t] of [...rows].sort(([a], [b]) => (a === "ALL" ? 1 : b === "ALL" ? -1 : a.localeCompare(b)))) {
    lines.push(`  ${k.padEnd(22)} ${String(t.n).padStart(4)} ${String(t.blocked).padStart(9)} ${pct(t).toFixed(1).padStart(6)}%`);
  }
  return lines.join("\n");
}

const files = { attack: load("attack"), benign: load("benign"), bio: load("bio_benign") };
const results = Object.fromEntries(
  (["tune", "holdout"] as const).map((half) => {
    const pick = (rs: CorpusRecord[]) => rs.filter((r) => corpusHalf(r.id) === half);
    return [
      half,
      {
        attack: replay(pick(files.attack), (r) => `${r.category} pl${r.paranoia_level ?? "-"}`),
        attackByCategory: replay(pick(files.attack), (r) => r.category),
        benign: replay(pick(files.benign), (r) => r.category),
        bio: replay(pick(files.bio), (r) => r.subcategory ?? r.category),
      },
    ];
  }),
) as Record<"tune" | "holdout", Record<"attack" | "attackByCategory" | "benign" | "bio", Map<string, Tally>>>;

describe("WAF corpus replay (default config: paranoia 1, block at 25)", () => {
  it("prints per-category detection and false-positive rates for both halves", () => {
    for (const half of ["tune", "holdout"] as const) {
      const r = results[half];
      console.log(
        [
          `===== ${half} half =====`,
          table("attack.jsonl — detection by category", r.attackByCategory),
          table("attack.jsonl — detection by category and CRS paranoia level", r.attack),
          table("benign.jsonl (CRS negative tests) — blocked = false positive", r.benign),
          table("bio_benign.jsonl — blocked = false positive", r.bio),
        ].join("\n"),
      );
    }
    expect(results.holdout.attack.get("ALL")?.n).toBeGreaterThan(900);
  });

  // The target is 75% on an unseen sample. Today: 82.0% (834/1017) on the kept-aside half, 90.2% (898/996) on
  // the tuning half (before the rules for SQL-only functions, Node.js internals, command lines, PHP callees and
  // encoded traversal were generalized from the CRS rule classes: 76.1% and 85.7%). Most of what is still missed
  // targets paranoia 2–4 rules or request properties this in-process view cannot see (HTTP version, a missing
  // Content-Length, numeric Host).
  it("kept-aside half: blocks at least 81.5% of attack requests", () => {
    expect(pct(results.holdout.attack.get("ALL"))).toBeGreaterThanOrEqual(81.5);
  });

  it("kept-aside half: blocks none of the bioinformatics requests", () => {
    expect(results.holdout.bio.get("ALL")?.blocked).toBe(0);
    expect(results.tune.bio.get("ALL")?.blocked).toBe(0);
  });

  // The target is ≤ 5%; not met. Today: 8.9% (22/247) on the kept-aside half, 8.3% (20/241) on the
  // tuning half; the reference, ModSecurity + CRS 4.28 at paranoia 1, blocks 10.5%. Of the 20 still
  // blocked on the tuning half, 14 carry a complete attack aimed at another rule (benign_scope "tested_rule":
  // download-and-run chains, PHP code, SQL time delays, `bash -c`, SSI exec) and score 50 or more; the other 6
  // are single protocol-policy or command signals that CRS blocks as well (CONNECT, Content-Range, a bogus
  // charset, `$_SERVER[…]`, `time curl`, `;top`). Letting those through would let real attacks through.
  // This guards against regressions; it is not the target.
  it("kept-aside half: CRS negative-test false positives do not regress past 9%", () => {
    expect(pct(results.holdout.benign.get("ALL"))).toBeLessThanOrEqual(9);
    expect(pct(results.tune.benign.get("ALL"))).toBeLessThanOrEqual(8.5);
  });
});
