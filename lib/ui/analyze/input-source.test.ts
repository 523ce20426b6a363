import { describe, expect, it } from "vitest";
import { pastedName, toAnalysisInput } from "./input-source";

describe("input sources", () => {
  it("names pasted text by its first header", () => {
    expect(pastedName(">HBA_HUMAN hemoglobin\nMVLS", "A")).toBe("HBA_HUMAN");
    expect(pastedName("\n\n@read1/1\nACGT\n+\nIIII\n", "A")).toBe("read1/1");
    expect(pastedName("ACGT", "A")).toBe("A");
    expect(pastedName(">\nACGT", "A")).toBe("A");
  });

  it("treats blank text as no input", () => {
    expect(toAnalysisInput({ kind: "paste", text: "  \n" }, "A")).toBeNull();
    expect(toAnalysisInput({ kind: "paste", text: ">x\nAC" }, "A")).toEqual({ kind: "text", text: ">x\nAC", name: "x" });
  });

  it("passes files and dataset blobs through untouched", () => {
    const blob = new Blob([">x\nAC\n"]);
    expect(toAnalysisInput({ kind: "dataset", blob, name: "x.fa", datasetSlug: "d", datasetTitle: "D", fileId: "f1" }, "A")).toEqual({ kind: "file", file: blob, name: "x.fa" });
  });
});
