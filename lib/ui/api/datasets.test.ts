import { describe, expect, it } from "vitest";
import { buildDatasetForm, previewHref } from "./datasets";

describe("buildDatasetForm", () => {
  it("puts every metadata field before the first file part (the server streams in order)", () => {
    const files = [new File(["ACGT"], "a.fa"), new File([">x\nACGT\n"], "b.fasta")];
    const form = buildDatasetForm(
      { title: "T", slug: "", description: "", labSlug: "", visibility: "private", license: "CC-BY-4.0", organism: "", tags: "a,b" },
      files,
    );
    const names = [...form.keys()];
    expect(names).toEqual(["title", "slug", "description", "labSlug", "visibility", "license", "organism", "tags", "file", "file"]);
    const parts = form.getAll("file") as File[];
    expect(parts.map((f) => f.name)).toEqual(["a.fa", "b.fasta"]);
  });
});

describe("previewHref", () => {
  it("appends the limit", () => {
    expect(previewHref("/api/datasets/x/files/1/preview")).toBe("/api/datasets/x/files/1/preview?limit=50");
  });
});
