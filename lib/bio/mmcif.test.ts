import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { cifCategory, parseCif } from "./cif";
import { parseMmcif } from "./mmcif";
import { BioParseError } from "./parse-error";
import { atomArb } from "./test-arbitraries";
import type { Atom } from "./structure";

function caught(fn: () => unknown): BioParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof BioParseError) return e;
    throw e;
  }
  throw new Error("expected a BioParseError");
}

describe("CIF tokenizer", () => {
  it("reads items, loops, quoted values, text fields and placeholders", () => {
    const [block] = parseCif(
      [
        "data_TEST",
        "# comment",
        "_entry.id   TEST",
        "_struct.title 'it's quoted'",
        "_struct.pdbx_descriptor \"say \"hi\"there\"",
        "_exptl.details",
        ";first line",
        "second line",
        ";",
        "loop_",
        "_x.a _x.b _x.c",
        "1 ? .",
        "'a b' \"c'd\" ;not-a-text-field",
        "",
      ].join("\n"),
    );
    expect(block!.name).toBe("TEST");
    expect(block!.items.get("_struct.title")!.value).toBe("it's quoted");
    // A quote closes only when followed by whitespace (CIF 1.1 syntax, paragraph 15).
    expect(block!.items.get("_struct.pdbx_descriptor")!.value).toBe('say "hi"there');
    expect(block!.items.get("_exptl.details")!.value).toBe("first line\nsecond line");
    const x = cifCategory(block!, "_x")!;
    expect(x.rowCount).toBe(2);
    expect([x.value(0, 0), x.value(0, 1), x.value(0, 2)]).toEqual(["1", null, null]);
    expect([x.value(1, 0), x.value(1, 1), x.value(1, 2)]).toEqual(["a b", "c'd", ";not-a-text-field"]);
    expect(x.line(1)).toBe(13);
    expect(cifCategory(block!, "_entry")!.value(0, 0)).toBe("TEST");
  });

  it("keeps quoted '?' and '.' as literal strings", () => {
    const [block] = parseCif("data_a\n_t.q '?'\n_t.d \".\"\n_t.u ?\n");
    const t = cifCategory(block!, "_t")!;
    expect([t.value(0, t.column("q")), t.value(0, t.column("d")), t.value(0, t.column("u"))]).toEqual(["?", ".", null]);
  });

  it("handles CRLF input and several data blocks", () => {
    const blocks = parseCif("data_one\r\n_a.b 1\r\ndata_two\r\n_a.b ;x\r\n");
    expect(blocks.map((b) => b.name)).toEqual(["one", "two"]);
    expect(blocks[1]!.items.get("_a.b")!.value).toBe(";x");
  });
});

describe("mmCIF errors", () => {
  const cases: Array<{ what: string; input: string; code: string; line: number; column?: number }> = [
    { what: "unterminated single quote", input: "data_a\n_t.x 'abc\n_t.y 1\n", code: "unterminated_quote", line: 2, column: 6 },
    { what: "quote closed without following whitespace", input: "data_a\n_t.x \"ab\"c\n", code: "unterminated_quote", line: 2, column: 6 },
    { what: "unterminated text field", input: "data_a\n_t.x 1\n_t.y\n;text\nmore\n", code: "unterminated_text_field", line: 4 },
    { what: "loop values not a multiple of the columns", input: "data_a\nloop_\n_t.a\n_t.b\n1 2 3\n_u.x 1\n", code: "loop_value_count", line: 2 },
    { what: "tag before data_", input: "_t.a 1\ndata_a\n", code: "missing_data_block", line: 1 },
    { what: "value without a tag", input: "data_a\n_t.a 1 2\n", code: "unexpected_token", line: 2 },
    { what: "tag without a value", input: "data_a\n_t.a\n_t.b 2\n", code: "unexpected_token", line: 2 },
    {
      what: "non-numeric coordinate",
      input: "data_a\nloop_\n_atom_site.id\n_atom_site.Cartn_x\n_atom_site.Cartn_y\n_atom_site.Cartn_z\n1 1.0 2.0 3.0\n2 1.0 abc 3.0\n",
      code: "bad_coordinate",
      line: 8,
    },
    { what: "atom_site without coordinates", input: "data_a\nloop_\n_atom_site.id\n_atom_site.type_symbol\n1 C\n", code: "missing_atom_site_column", line: 5 },
    { what: "no atom_site at all", input: "data_a\n_entry.id A\n", code: "no_atoms", line: 1 },
  ];
  for (const c of cases) {
    it(`${c.what} → ${c.code} at line ${c.line}`, () => {
      const e = caught(() => parseMmcif(c.input));
      expect({ code: e.code, line: e.line, column: e.column }).toEqual({ code: c.code, line: c.line, column: c.column });
      expect(e.message.startsWith(`mmCIF line ${c.line}`)).toBe(true);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Property tests

/** Serialise a CIF value in one of the legal styles (chosen by `style`). */
function cifValue(v: string, style: number): string {
  if (v === "") return "''";
  const bareOk = !/[\s'"]/.test(v) && !/^[_#$;[\]]/.test(v) && v !== "?" && v !== "." && !/^(data_|loop_|save_|global_|stop_)/i.test(v);
  const singleOk = !/'\s/.test(v) && !v.includes("\n") && !v.endsWith("'");
  const doubleOk = !/"\s/.test(v) && !v.includes("\n") && !v.endsWith('"');
  if (style === 0 && bareOk) return v;
  if (style <= 1 && singleOk) return `'${v}'`;
  if (doubleOk) return `"${v}"`;
  if (singleOk) return `'${v}'`;
  return `\n;${v}\n;\n`;
}

describe("mmCIF properties", () => {
  it("throws nothing but BioParseError on arbitrary text", () => {
    const cifish = fc
      .array(fc.constantFrom("data_x\n", "loop_\n", "_atom_site.id ", "_atom_site.Cartn_x ", "1 ", "'a b' ", "\"q ", ";text\n", "\n;\n", "? ", ". ", "# c\n", "\r\n"), { maxLength: 25 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), cifish), (input) => {
        try {
          parseMmcif(input);
        } catch (e) {
          expect(e).toBeInstanceOf(BioParseError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("round-trips arbitrary values through every quoting style", () => {
    const value = fc.string({ unit: fc.constantFrom(..."ab _'\"#;?.\n1"), maxLength: 12 }).filter((v) => !v.startsWith("\n") && !v.includes("\n;"));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 8 }), fc.boolean(), (cells, crlf) => {
        let doc = "data_t\nloop_\n_v.x\n" + cells.map(([v, s]) => cifValue(v, s)).join(" ") + "\n";
        if (crlf) doc = doc.replace(/\n/g, "\r\n");
        const t = cifCategory(parseCif(doc)[0]!, "_v")!;
        expect(Array.from({ length: t.rowCount }, (_, i) => t.value(i, 0))).toEqual(cells.map(([v]) => v));
      }),
      { numRuns: 300 },
    );
  });

  it("round-trips generated atoms through an _atom_site loop", () => {
    const columns = ["group_PDB", "id", "type_symbol", "label_atom_id", "label_alt_id", "label_comp_id", "label_asym_id", "label_seq_id", "pdbx_PDB_ins_code", "Cartn_x", "Cartn_y", "Cartn_z", "occupancy", "B_iso_or_equiv", "auth_seq_id", "auth_comp_id", "auth_asym_id", "auth_atom_id", "pdbx_PDB_model_num"];
    fc.assert(
      fc.property(fc.array(fc.array(atomArb, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (models, style) => {
        const rows: string[] = [];
        models.forEach((atoms, m) => {
          for (const a of atoms) {
            const cells = [a.record, String(a.serial), a.element, a.name, a.altLoc || ".", a.resName, a.chainId, a.record === "ATOM" ? String(a.resSeq) : ".", a.iCode || "?", String(a.x), String(a.y), String(a.z), String(a.occupancy), String(a.tempFactor), String(a.resSeq), a.resName, a.chainId, a.name, String(m + 1)];
            rows.push(cells.map((c) => (c === "." || c === "?" ? c : cifValue(c, style))).join(" "));
          }
        });
        const doc = `data_GEN\n_entry.id GEN\nloop_\n${columns.map((c) => `_atom_site.${c}`).join("\n")}\n${rows.join("\n")}\n#\n`;
        const s = parseMmcif(doc);
        expect(s.idCode).toBe("GEN");
        expect(s.models.map((m) => m.atoms)).toEqual(models.map((atoms) => atoms.map((a): Atom => ({ ...a }))));
      }),
      { numRuns: 150 },
    );
  });
});
