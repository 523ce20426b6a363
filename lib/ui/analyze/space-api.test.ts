import { describe, expect, it } from "vitest";
import { spaceBody } from "./space-api";
import { defaultSettings } from "./settings";

const sequence = "ACGTTGCAAGGCTTAACCGGTTAACCGGATATCGCG";

describe("save as space", () => {
  it("sends settings and view state, never the pasted sequence", () => {
    const body = spaceBody({ title: "Run", description: "", visibility: "private", settings: defaultSettings(), source: { kind: "paste", text: `>x\n${sequence}\n` }, openResults: ["stats"] });
    expect(JSON.stringify(body)).not.toContain(sequence.slice(0, 20));
    expect(body).toEqual({
      title: "Run",
      description: "",
      visibility: "private",
      datasetSlug: null,
      settings: { analysis: { version: 1, ops: [{ op: "stats", params: { phredOffset: "auto" } }] } },
      viewState: { openResults: ["stats"] },
    });
  });

  it("links the dataset and file the input came from", () => {
    const blob = new Blob([`>x\n${sequence}\n`]);
    const body = spaceBody({
      title: "Run",
      description: "d",
      visibility: "public",
      settings: defaultSettings(),
      source: { kind: "dataset", blob, name: "x.fa", datasetSlug: "my-data", datasetTitle: "My data", fileId: "file-1" },
      openResults: [],
    });
    expect(body.datasetSlug).toBe("my-data");
    expect(body.viewState).toEqual({ openResults: [], datasetFileId: "file-1" });
    expect(JSON.stringify(body)).not.toContain(sequence.slice(0, 20));
  });
});
