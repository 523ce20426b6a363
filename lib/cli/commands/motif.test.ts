import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

describe("cyanea motif", () => {
  it("lists hits on both strands as TSV with 0-based half-open coordinates", async () => {
    const io = memoryIO(">r1\nGGTCTCaaGAGACC\n");
    expect(await main(["motif", "-", "--pattern", "ggtctc"], io)).toBe(0);
    expect(io.out()).toBe(
      "# pattern=GGTCTC hits=2; start/end are 0-based half-open on the forward strand\nrecord\tstart\tend\tstrand\tmatched\nr1\t0\t6\t+\tGGTCTC\nr1\t8\t14\t-\tGGTCTC\n",
    );
  });

  it("searches the forward strand only and prints JSON", async () => {
    const io = memoryIO(">r1\nGGTCTCaaGAGACC\n");
    expect(await main(["motif", "-", "--pattern", "GGTCTC", "--forward-only", "--json"], io)).toBe(0);
    expect(JSON.parse(io.out()).hits).toEqual([{ file: "<stdin>", recordId: "r1", start: 0, end: 6, strand: "+", matched: "GGTCTC" }]);
  });

  it("rejects non-IUPAC patterns and a missing pattern", async () => {
    let io = memoryIO(">r\nACGT\n");
    expect(await main(["motif", "-", "--pattern", "GAJTC"], io)).toBe(1);
    expect(io.err()).toMatch(/"J" at position 3, which is not an IUPAC nucleotide code/);
    io = memoryIO(">r\nACGT\n");
    expect(await main(["motif", "-"], io)).toBe(2);
  });
});
