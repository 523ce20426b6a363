/** Test-only fast-check generators shared by the structure parser tests (not used by production code). */

import fc from "fast-check";
import type { Atom } from "./structure";

const coord = fc.integer({ min: -99999, max: 999999 }).map((k) => k / 1000);
/** Atoms whose values survive PDB fixed columns (3 decimals for coordinates, 2 for occupancy/B). */
export const atomArb: fc.Arbitrary<Atom> = fc.record({
  record: fc.constantFrom<"ATOM" | "HETATM">("ATOM", "HETATM"),
  serial: fc.integer({ min: 1, max: 99999 }),
  name: fc.constantFrom("N", "CA", "C", "O", "CB", "OG1", "NH2", "O5'", "FE"),
  altLoc: fc.constantFrom("", "", "A", "B"),
  resName: fc.constantFrom("ALA", "GLY", "HOH", "NAG", "ZN", "A"),
  chainId: fc.constantFrom("A", "B", "C", "Z"),
  resSeq: fc.integer({ min: -999, max: 9999 }),
  iCode: fc.constantFrom("", "", "A"),
  x: coord,
  y: coord,
  z: coord,
  occupancy: fc.integer({ min: 0, max: 100 }).map((k) => k / 100),
  tempFactor: fc.integer({ min: 0, max: 99999 }).map((k) => k / 100),
  element: fc.constantFrom("C", "N", "O", "S", "FE"),
});

