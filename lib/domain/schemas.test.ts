import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datasetMetadataSchema, listQuerySchema, normalizeTag, tagsSchema } from "./schemas";

describe("tags", () => {
  it("are stored lower case with spaces as one hyphen, and once each", () => {
    expect(tagsSchema.parse(["QA3", "qa3", " Genome  Assembly ", "genome-assembly", "E. coli"])).toEqual(["qa3", "genome-assembly", "e.-coli"]);
    expect(datasetMetadataSchema.parse({ title: "Tagged dataset", tags: ["dup", "dup", "DUP"] }).tags).toEqual(["dup"]);
  });

  it("filter lists by the same normal form", () => {
    expect(listQuerySchema.parse({ tag: "Has Space" }).tag).toBe("has-space");
  });

  it("still refuse what is not a tag", () => {
    expect(tagsSchema.safeParse(["<script>"]).success).toBe(false);
    expect(tagsSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
  });

  it("normalize idempotently, without duplicates", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._+-]{0,20}$/), { maxLength: 20 }), (raw) => {
        const once = tagsSchema.parse(raw);
        expect(new Set(once).size).toBe(once.length);
        expect(tagsSchema.parse(once)).toEqual(once);
        for (const t of once) expect(normalizeTag(t)).toBe(t);
      }),
    );
  });
});
