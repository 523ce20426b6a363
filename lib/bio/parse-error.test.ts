import { describe, it, expect } from "vitest";
import { BioParseError, describeChar } from "./parse-error";

describe("BioParseError", () => {
  it("formats line, column and column ranges", () => {
    expect(new BioParseError("fastq", "quality_length_mismatch", { line: 7 }, "quality length 24 does not match sequence length 25").message).toBe(
      "FASTQ line 7: quality length 24 does not match sequence length 25",
    );
    expect(new BioParseError("fasta", "invalid_sequence_char", { line: 3, column: 5 }, "x").message).toBe("FASTA line 3, column 5: x");
    expect(new BioParseError("pdb", "bad_coordinate", { line: 2, column: 31, columnEnd: 38 }, "x").message).toBe("PDB line 2, columns 31-38: x");
  });

  it("is an Error with stable fields", () => {
    const e = new BioParseError("mmcif", "unterminated_quote", { line: 4, column: 2 }, "quote");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("BioParseError");
    expect([e.format, e.code, e.line, e.column, e.columnEnd, e.detail]).toEqual(["mmcif", "unterminated_quote", 4, 2, undefined, "quote"]);
  });

  it("survives a JSON round trip (worker boundary)", () => {
    const e = new BioParseError("csv", "column_count_mismatch", { line: 9, column: 1, columnEnd: 3 }, "row has 2 fields");
    const back = BioParseError.fromJSON(JSON.parse(JSON.stringify(e)));
    expect(back).toBeInstanceOf(BioParseError);
    expect(back.toJSON()).toEqual(e.toJSON());
    expect(back.message).toBe(e.message);
  });

  it("describes control and non-ASCII characters", () => {
    expect(describeChar("x")).toBe("'x'");
    expect(describeChar("\u0001")).toBe("control character U+0001");
    expect(describeChar("é")).toBe("'é' (U+00E9)");
  });
});
