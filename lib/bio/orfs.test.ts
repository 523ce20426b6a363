import { describe, expect, it } from "vitest";
import { findOrfs, type OrfOptions } from "./orfs";
import { reverseComplement } from "./sequence";

const opts = (o: Partial<OrfOptions> = {}): OrfOptions => ({ table: 1, minAaLength: 1, startPolicy: "atg", strands: "forward", nested: false, ...o });

describe("findOrfs", () => {
  it("finds an ATG…stop ORF with the stop inside its coordinates", () => {
    expect(findOrfs("r", "CATGAAATAGC", opts())).toEqual([{ recordId: "r", start: 1, end: 10, strand: "+", frame: 2, lengthAa: 2, protein: "MK", hasStop: true }]);
  });

  it("reports only the most upstream start per stop unless nested", () => {
    const seq = "ATGATGAAATAA";
    expect(findOrfs("r", seq, opts()).map((o) => [o.start, o.end, o.protein])).toEqual([[0, 12, "MMK"]]);
    expect(findOrfs("r", seq, opts({ nested: true })).map((o) => [o.start, o.end, o.protein])).toEqual([[0, 12, "MMK"], [3, 12, "MK"]]);
  });

  it("reports an ORF running off the end without a stop, when long enough", () => {
    expect(findOrfs("r", "CCATGAAACCCA", opts())).toEqual([{ recordId: "r", start: 2, end: 11, strand: "+", frame: 3, lengthAa: 3, protein: "MKP", hasStop: false }]);
    expect(findOrfs("r", "CCATGAAACCCA", opts({ minAaLength: 4 }))).toEqual([]);
  });

  it("maps reverse-strand ORFs to forward coordinates, frame from the reverse strand", () => {
    const seq = reverseComplement("ATGAAATAGC"); // GCTATTTCAT
    expect(findOrfs("r", seq, opts({ strands: "reverse" }))).toEqual([{ recordId: "r", start: 1, end: 10, strand: "-", frame: -1, lengthAa: 2, protein: "MK", hasStop: true }]);
    expect(findOrfs("r", seq, opts({ strands: "forward" }))).toEqual([]);
    expect(findOrfs("r", seq, opts({ strands: "both" })).map((o) => o.strand)).toEqual(["-"]);
  });

  it("uses the table's alternative starts, read as M", () => {
    // Frame 3 holds ATA, another table 11 start, open to the end.
    expect(findOrfs("r", "GTGAAATAA", opts({ table: 11, startPolicy: "alternative" })).map((o) => [o.start, o.protein, o.hasStop])).toEqual([[0, "MK", true], [5, "M", false]]);
    expect(findOrfs("r", "GTGAAATAA", opts({ table: 11, startPolicy: "atg" }))).toEqual([]);
    // TGA is tryptophan in the vertebrate mitochondrial code (table 2); AGA is a stop there.
    expect(findOrfs("r", "ATGTGAAGA", opts({ table: 2 })).map((o) => [o.protein, o.end])).toEqual([["MW", 9]]);
  });

  it("reports stop-to-stop open frames with policy any", () => {
    const orfs = findOrfs("r", "AAATAGCCC", opts({ startPolicy: "any" }));
    expect(orfs.map((o) => [o.start, o.end, o.frame, o.protein, o.hasStop])).toEqual([
      [0, 6, 1, "K", true],
      [1, 7, 2, "NS", false],
      [2, 8, 3, "IA", false],
      [6, 9, 1, "P", false],
    ]);
  });

  it("sorts by start, then strand, then end", () => {
    const seq = "ATGAAATAG" + reverseComplement("ATGATGAAATAG");
    const orfs = findOrfs("r", seq, opts({ strands: "both", nested: true }));
    const keys = orfs.map((o) => [o.start, o.strand, o.end]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1])) || (a[2] as number) - (b[2] as number)));
    expect(orfs.filter((o) => o.strand === "-").map((o) => [o.start, o.end])).toEqual([[9, 18], [9, 21]]);
  });
});
