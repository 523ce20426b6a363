import { describe, expect, it } from "vitest";
import { isPalindromic, normalizeIupacPattern } from "./iupac";
import { closeEnzymeNames, ENZYME_NAMES, findEnzyme, requireEnzyme, RESTRICTION_ENZYMES } from "./restriction-enzymes";

describe("restriction enzyme table", () => {
  it("has unique names, valid IUPAC sites and REBASE-consistent cuts", () => {
    expect(new Set(ENZYME_NAMES.map((n) => n.toLowerCase())).size).toBe(ENZYME_NAMES.length);
    expect(RESTRICTION_ENZYMES.length).toBeGreaterThanOrEqual(30);
    for (const z of RESTRICTION_ENZYMES) {
      expect(normalizeIupacPattern(z.site)).toBe(z.site);
      // A palindromic site is cut symmetrically: the bottom cut mirrors the top one.
      if (isPalindromic(z.site)) expect(z.cutTop + z.cutBottom, z.name).toBe(z.site.length);
      else expect(z.cutTop, z.name).toBeGreaterThan(z.site.length); // the type IIS entries cut outside
    }
  });

  it("knows the classic sites", () => {
    expect(findEnzyme("ecori")).toMatchObject({ site: "GAATTC", cutTop: 1, cutBottom: 5 });
    expect(findEnzyme("BAMHI")).toMatchObject({ site: "GGATCC", cutTop: 1, cutBottom: 5 });
    expect(findEnzyme("PstI")).toMatchObject({ site: "CTGCAG", cutTop: 5, cutBottom: 1 });
    expect(findEnzyme("SmaI")).toMatchObject({ site: "CCCGGG", cutTop: 3, cutBottom: 3 });
    expect(findEnzyme("NotI")).toMatchObject({ site: "GCGGCCGC", cutTop: 2, cutBottom: 6 });
    expect(findEnzyme("SfiI")).toMatchObject({ site: "GGCCNNNNNGGCC", cutTop: 8, cutBottom: 5 });
    expect(findEnzyme("BsaI")).toMatchObject({ site: "GGTCTC", cutTop: 7, cutBottom: 11 });
    expect(findEnzyme("Sau3AI")).toMatchObject({ site: "GATC", cutTop: 0, cutBottom: 4 });
    expect(findEnzyme("nope")).toBeUndefined();
  });

  it("suggests close names for unknown enzymes", () => {
    expect(closeEnzymeNames("EcoR1")).toContain("EcoRI");
    expect(() => requireEnzyme("BamH1")).toThrow(/unknown enzyme "BamH1" \(did you mean BamHI\?\)/);
    expect(() => requireEnzyme("Zzzzzzz")).toThrow(/unknown enzyme "Zzzzzzz"; known enzymes: AatII/);
  });
});
