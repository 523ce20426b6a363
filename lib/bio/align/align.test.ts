import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AlignParams } from "@/lib/analysis/contract";
import { loadOracleCases } from "@/lib/kernels/fixtures/align/oracle-cases";
import { alignReference } from "./align";
import { buildScoring, encodeSequence } from "./scoring";

const cases = loadOracleCases();

describe("alignReference against EMBOSS 6.6.0 water/needle", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s: summary", (_id, c) => {
    const r = alignReference(c.a, c.b, c.params);
    expect({ score: r.score, length: r.length, identity: r.identity, similarity: r.similarity, gaps: r.gaps }).toEqual({
      score: c.score,
      length: c.length,
      identity: c.identity,
      similarity: c.similarity,
      gaps: c.gaps,
    });
    expect([r.startA, r.endA, r.startB, r.endB]).toEqual([c.startA, c.endA, c.startB, c.endB]);
  });

  it("reproduces EMBOSS's aligned strings", () => {
    const differing = cases.filter((c) => {
      const r = alignReference(c.a, c.b, c.params);
      return r.alignedA !== c.alignedA || r.alignedB !== c.alignedB;
    });
    expect(differing.map((c) => c.id)).toEqual([]);
  });
});

/** Score of an alignment recomputed from its columns (EMBOSS gap costs, end gaps by mode). */
function rescore(alignedA: string, alignedB: string, params: AlignParams): number {
  const s = buildScoring(params);
  const ca = encodeSequence(s, "a", alignedA.replace(/-/g, ""));
  const cb = encodeSequence(s, "b", alignedB.replace(/-/g, ""));
  let total = 0;
  let ia = 0;
  let ib = 0;
  const runCost = (row: string, start: number, len: number): number => {
    const before = /[^-]/.test(row.slice(0, start));
    const after = /[^-]/.test(row.slice(start + len));
    if (!s.local && (!before || !after)) return s.endWeight ? s.endGapOpen + (len - 1) * s.endGapExtend : 0;
    return s.gapOpen + (len - 1) * s.gapExtend;
  };
  for (let k = 0; k < alignedA.length; ) {
    if (alignedA[k] !== "-" && alignedB[k] !== "-") {
      total += s.scores[ca[ia++]! * s.size + cb[ib++]!]!;
      k++;
      continue;
    }
    const gapInA = alignedA[k] === "-";
    const row = gapInA ? alignedA : alignedB;
    let len = 0;
    while (k + len < row.length && row[k + len] === "-") len++;
    total -= runCost(row, k, len);
    if (gapInA) ib += len;
    else ia += len;
    k += len;
  }
  return total / s.scale;
}

describe("reference alignments are consistent", () => {
  it("refuses gap extend above gap open in local mode", () => {
    const r = { id: "a", description: "", sequence: "ACGT" };
    expect(() => alignReference(r, r, { mode: "local", matrix: "EDNAFULL", gapOpen: 1, gapExtend: 2 })).toThrow(/gap extend \(2\) must not exceed gap open \(1\) in local mode/);
  });

  const seq = (alphabet: string) => fc.array(fc.constantFrom(...alphabet.split("")), { minLength: 1, maxLength: 80 }).map((x) => x.join(""));
  const params = fc
    .record({
      mode: fc.constantFrom<AlignParams["mode"]>("local", "global"),
      gapOpen: fc.integer({ min: 0, max: 30 }).map((v) => v / 2),
      gapExtend: fc.integer({ min: 0, max: 12 }).map((v) => v / 2),
      end: fc.option(fc.tuple(fc.integer({ min: 0, max: 30 }).map((v) => v / 2), fc.integer({ min: 0, max: 8 }).map((v) => v / 2)), { nil: undefined }),
    })
    .map(({ mode, gapOpen, gapExtend, end }): AlignParams => ({
      mode,
      matrix: "EDNAFULL",
      gapOpen,
      gapExtend: mode === "local" ? Math.min(gapExtend, gapOpen) : gapExtend,
      ...(end ? { endGapOpen: end[0], endGapExtend: end[1] } : {}),
    }));

  it("the reported score is the score of the reported alignment, and the strings are the inputs", () => {
    fc.assert(
      fc.property(seq("ACGT"), seq("ACGTN"), params, (a, b, p) => {
        const r = alignReference({ id: "a", description: "", sequence: a }, { id: "b", description: "", sequence: b }, p);
        expect(r.alignedA).toHaveLength(r.length);
        expect(r.alignedB).toHaveLength(r.length);
        if (p.mode === "global") {
          expect(r.alignedA.replace(/-/g, "")).toBe(a);
          expect(r.alignedB.replace(/-/g, "")).toBe(b);
        } else if (r.length > 0) {
          expect(a.slice(r.startA - 1, r.endA)).toBe(r.alignedA.replace(/-/g, ""));
          expect(b.slice(r.startB - 1, r.endB)).toBe(r.alignedB.replace(/-/g, ""));
        }
        if (r.length > 0) expect(rescore(r.alignedA, r.alignedB, p)).toBe(r.score);
      }),
      { numRuns: 400 },
    );
  });
});
