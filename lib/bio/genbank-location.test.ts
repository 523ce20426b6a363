import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { formatLocation, locationToSegments, parseLocation, type FeatureLocation, type FuzzyMark } from "./genbank-location";
import { BioParseError } from "./parse-error";

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

// Examples from the INSDC Feature Table Definition, section 3.4.2.
describe("parseLocation (INSDC feature table 3.4)", () => {
  it("single base, span and fuzzy ends", () => {
    expect(parseLocation("467")).toEqual({ kind: "range", start: 467, end: 467, startFuzzy: null, endFuzzy: null, accession: null });
    expect(parseLocation("340..565")).toMatchObject({ kind: "range", start: 340, end: 565 });
    expect(parseLocation("<345..500")).toMatchObject({ start: 345, end: 500, startFuzzy: "<", endFuzzy: null });
    expect(parseLocation("<1..>888")).toMatchObject({ start: 1, end: 888, startFuzzy: "<", endFuzzy: ">" });
    expect(parseLocation("1..>888")).toMatchObject({ startFuzzy: null, endFuzzy: ">" });
    expect(parseLocation("(102.110)..600")).toMatchObject({ kind: "range", start: 102, end: 600, startFuzzy: "~" });
  });

  it("between-site and single base within a span", () => {
    expect(parseLocation("123^124")).toEqual({ kind: "between", after: 123, before: 124, accession: null });
    expect(parseLocation("102.110")).toEqual({ kind: "within", start: 102, end: 110, accession: null });
  });

  it("operators and remote entries", () => {
    expect(parseLocation("complement(join(2691..4571,4918..5163))")).toEqual({
      kind: "complement",
      location: {
        kind: "join",
        parts: [
          { kind: "range", start: 2691, end: 4571, startFuzzy: null, endFuzzy: null, accession: null },
          { kind: "range", start: 4918, end: 5163, startFuzzy: null, endFuzzy: null, accession: null },
        ],
      },
    });
    expect(parseLocation("join(complement(4918..5163),complement(2691..4571))")).toMatchObject({ kind: "join", parts: [{ kind: "complement" }, { kind: "complement" }] });
    expect(parseLocation("order(1..10,20..30)")).toMatchObject({ kind: "order" });
    expect(parseLocation("bond(12,45)")).toMatchObject({ kind: "bond", parts: [{ start: 12, end: 12 }, { start: 45, end: 45 }] });
    expect(parseLocation("J00194.1:100..202")).toMatchObject({ kind: "range", start: 100, end: 202, accession: "J00194.1" });
    expect(parseLocation("join(1..100,J00194.1:100..202)")).toMatchObject({ parts: [{ accession: null }, { accession: "J00194.1" }] });
  });

  it("converts to 0-based half-open segments in biological order", () => {
    expect(locationToSegments(parseLocation("87..1109"))).toEqual([{ start: 86, end: 1109, strand: 1, accession: null, startFuzzy: null, endFuzzy: null }]);
    const seg = locationToSegments(parseLocation("complement(join(1..10,21..30))"));
    expect(seg.map((s) => [s.start, s.end, s.strand])).toEqual([
      [20, 30, -1],
      [0, 10, -1],
    ]);
    const seg2 = locationToSegments(parseLocation("join(complement(21..30),complement(1..10))"));
    expect(seg2.map((s) => [s.start, s.end, s.strand])).toEqual([
      [20, 30, -1],
      [0, 10, -1],
    ]);
    expect(locationToSegments(parseLocation("123^124"))).toMatchObject([{ start: 123, end: 123 }]);
    expect(locationToSegments(parseLocation("9000..100"), { circular: true, sequenceLengthBp: 9609 }).map((s) => [s.start, s.end])).toEqual([
      [8999, 9609],
      [0, 100],
    ]);
    expect(() => locationToSegments(parseLocation("9000..100"))).toThrow(RangeError);
  });

  const bad: Array<[string, number]> = [
    ["", 1],
    ["join(1..5,7..x9)", 14],
    ["join(1..5", 10],
    ["complement(1..5))", 17],
    ["0..5", 1],
    ["1..", 4],
    ["frobnicate(1..2)", 1],
    ["<1^2", 3],
  ];
  for (const [text, column] of bad) {
    it(`rejects ${JSON.stringify(text)} at column ${column}`, () => {
      const e = caught(() => parseLocation(text));
      expect(e.code).toBe("bad_location");
      expect(e.column).toBe(column);
    });
  }
});

const fuzzy = fc.constantFrom<FuzzyMark>(null, null, "<", ">");
const leaf: fc.Arbitrary<FeatureLocation> = fc.oneof(
  fc.record({ a: fc.integer({ min: 1, max: 100000 }), b: fc.integer({ min: 0, max: 5000 }), sf: fuzzy, ef: fuzzy, acc: fc.option(fc.constantFrom("J00194.1", "AB123", "X_9.2"), { freq: 5 }) }).map(
    ({ a, b, sf, ef, acc }): FeatureLocation => ({ kind: "range", start: a, end: a + b + (b === 0 && sf === ef ? 0 : 1), startFuzzy: sf, endFuzzy: b === 0 && sf === ef ? sf : ef, accession: acc }),
  ),
  fc.integer({ min: 1, max: 100000 }).map((a): FeatureLocation => ({ kind: "between", after: a, before: a + 1, accession: null })),
  fc.record({ a: fc.integer({ min: 1, max: 1000 }), b: fc.integer({ min: 1, max: 50 }) }).map(({ a, b }): FeatureLocation => ({ kind: "within", start: a, end: a + b, accession: null })),
);
const location: fc.Arbitrary<FeatureLocation> = fc.letrec<{ loc: FeatureLocation }>((tie) => ({
  loc: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    tie("loc").map((l): FeatureLocation => ({ kind: "complement", location: l })),
    fc.record({ kind: fc.constantFrom("join" as const, "order" as const, "bond" as const), parts: fc.array(tie("loc"), { minLength: 1, maxLength: 4 }) }).map((j): FeatureLocation => j),
  ),
})).loc;

describe("location properties", () => {
  it("round-trips format → parse", () => {
    fc.assert(
      fc.property(location, (loc) => {
        expect(parseLocation(formatLocation(loc))).toEqual(loc);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws anything but BioParseError", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789.,^<>()joinc:ABlmpet ") }), (s) => {
        try {
          parseLocation(s);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("complement reverses segment order and flips strands", () => {
    fc.assert(
      fc.property(location, (loc) => {
        const fwd = locationToSegments(loc);
        const rev = locationToSegments({ kind: "complement", location: loc });
        expect(rev.map((s) => [s.start, s.end, -s.strand])).toEqual(fwd.reverse().map((s) => [s.start, s.end, s.strand]));
      }),
      { numRuns: 200 },
    );
  });
});
