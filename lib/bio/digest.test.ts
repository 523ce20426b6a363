import { describe, expect, it } from "vitest";
import { digestRecords } from "./digest";

// The pUC19 multiple cloning site: EcoRI SacI KpnI SmaI/XmaI BamHI XbaI SalI PstI SphI HindIII.
const MCS = "GAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGACCTGCAGGCATGCAAGCTT";

describe("restriction digest (reference)", () => {
  it("cuts the pUC19 polylinker where the enzymes cut", () => {
    const [d] = digestRecords([{ id: "mcs", sequence: MCS }], { enzymes: ["EcoRI", "HindIII", "KpnI", "SmaI", "PstI"], circular: false });
    const site = (name: string) => d!.sites.find((s) => s.enzyme === name)!;
    expect(site("EcoRI")).toEqual({ enzyme: "EcoRI", site: "GAATTC", position: 0, strand: "+", cutTop: 1, cutBottom: 5 });
    expect(site("KpnI")).toMatchObject({ position: 12, cutTop: 17, cutBottom: 13 });
    expect(site("SmaI")).toMatchObject({ position: 16, cutTop: 19, cutBottom: 19 });
    expect(site("PstI")).toMatchObject({ position: 39, cutTop: 44, cutBottom: 40 });
    expect(site("HindIII")).toMatchObject({ position: 51, cutTop: 52, cutBottom: 56 });
    expect(d!.fragments.map((f) => [f.start, f.end, f.leftEnzyme, f.rightEnzyme])).toEqual([
      [0, 1, null, "EcoRI"],
      [1, 17, "EcoRI", "KpnI"],
      [17, 19, "KpnI", "SmaI"],
      [19, 44, "SmaI", "PstI"],
      [44, 52, "PstI", "HindIII"],
      [52, 57, "HindIII", null],
    ]);
  });

  it("places type IIS cuts outside the site on both strands", () => {
    const [fwd] = digestRecords([{ id: "f", sequence: "AAAAGGTCTCAAAAAAAAAA" }], { enzymes: ["bsai"], circular: false });
    expect(fwd!.sites).toEqual([{ enzyme: "BsaI", site: "GGTCTC", position: 4, strand: "+", cutTop: 11, cutBottom: 15 }]);
    const [rev] = digestRecords([{ id: "r", sequence: "TTTTTTTTTTGAGACCAAAA" }], { enzymes: ["BsaI"], circular: false });
    expect(rev!.sites).toEqual([{ enzyme: "BsaI", site: "GGTCTC", position: 10, strand: "-", cutTop: 5, cutBottom: 9 }]);
    expect(rev!.fragments.map((f) => f.length)).toEqual([5, 15]);
    // Cut off the end of a linear molecule: no site.
    expect(digestRecords([{ id: "e", sequence: "AAGGTCTCAA" }], { enzymes: ["BsaI"], circular: false })[0]!.sites).toEqual([]);
  });

  it("finds sites across the origin of circular sequences and wraps the fragment", () => {
    const seq = `AATTC${"T".repeat(10)}G`;
    expect(digestRecords([{ id: "lin", sequence: seq }], { enzymes: ["EcoRI"], circular: false })[0]!.sites).toEqual([]);
    const [c] = digestRecords([{ id: "c", sequence: seq, circular: true }], { enzymes: ["EcoRI"], circular: false });
    expect(c!.sites).toEqual([{ enzyme: "EcoRI", site: "GAATTC", position: 15, strand: "+", cutTop: 0, cutBottom: 4 }]);
    expect(c!.fragments).toEqual([{ start: 0, end: 0, length: 16, leftEnzyme: "EcoRI", rightEnzyme: "EcoRI" }]);
    const [two] = digestRecords([{ id: "c2", sequence: `TTGGATCCTT${"A".repeat(10)}GAATTCAA` }], { enzymes: ["EcoRI", "BamHI"], circular: true });
    expect(two!.fragments).toEqual([
      { start: 3, end: 21, length: 18, leftEnzyme: "BamHI", rightEnzyme: "EcoRI" },
      { start: 21, end: 3, length: 10, leftEnzyme: "EcoRI", rightEnzyme: "BamHI" },
    ]);
  });

  it("merges isoschizomers cutting at one position and keeps uncut records whole", () => {
    const [d] = digestRecords([{ id: "d", sequence: "AAGATCAA" }], { enzymes: ["MboI", "Sau3AI"], circular: false });
    expect(d!.fragments.map((f) => [f.start, f.end, f.leftEnzyme, f.rightEnzyme])).toEqual([
      [0, 2, null, "MboI,Sau3AI"],
      [2, 8, "MboI,Sau3AI", null],
    ]);
    const [none] = digestRecords([{ id: "n", sequence: "ACGT" }], { enzymes: ["NotI"], circular: true });
    expect(none!.fragments).toEqual([{ start: 0, end: 4, length: 4, leftEnzyme: null, rightEnzyme: null }]);
    expect(digestRecords([{ id: "z", sequence: "" }], { enzymes: ["NotI"], circular: false })[0]!.fragments).toEqual([]);
  });

  it("reports unknown enzymes and empty lists clearly", () => {
    expect(() => digestRecords([], { enzymes: ["EcoR1"], circular: false })).toThrow(/did you mean EcoRI/);
    expect(() => digestRecords([], { enzymes: [], circular: false })).toThrow(/no enzymes given/);
  });
});
