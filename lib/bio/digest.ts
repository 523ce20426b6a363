/**
 * Restriction digests: recognition sites on both strands, cut positions and fragments, for
 * linear and circular sequences. Site finding here is the plain TypeScript reference; the WASM
 * wrapper (lib/kernels/digest.ts) finds sites with the `digest` kernel and shares the rest.
 *
 * Conventions (documented for users of the results):
 * - A palindromic site is reported once, strand `+`; a non-palindromic site found on the reverse
 *   strand is reported with strand `-`, `position` = its start on the forward strand, and cuts
 *   mirrored (type IIS enzymes then cut upstream of it in forward coordinates).
 * - Sequence ambiguity letters match a site letter only when every base they stand for is
 *   allowed (lib/bio/iupac.ts): N runs never create sites.
 * - Circular sequences also find sites spanning the origin; cut positions are taken modulo the
 *   length. On linear sequences a site whose cut falls outside the molecule (type IIS near an
 *   end) is left out.
 * - Fragments are delimited by top-strand cuts. Several enzymes cutting at one position share
 *   one boundary, named by their names joined with ",". Linear: the outer ends have null
 *   enzymes; circular: the fragment across the origin wraps (end < start, or end = start for a
 *   single cut).
 */
import type { CutSite, DigestParams, DigestResult, Fragment } from "@/lib/analysis/contract";
import { isPalindromic, reverseComplementIupac } from "./iupac";
import { requireNucleotideRecord } from "./molecule-type";
import { findPattern } from "./motif";
import { requireEnzyme, type RestrictionEnzyme } from "./restriction-enzymes";

/** Most recognition sites one record may have (all enzymes together). */
export const DIGEST_MAX_SITES = 1_000_000;

/** A recognition site found on the forward strand (`-`: the reverse complement of the site). */
export interface SiteHit {
  enzyme: RestrictionEnzyme;
  position: number;
  strand: "+" | "-";
}

/** The enzymes named in the parameters (unknown names → error listing close names), de-duplicated. */
export function resolveEnzymes(params: DigestParams): RestrictionEnzyme[] {
  if (!Array.isArray(params.enzymes) || params.enzymes.length === 0) throw new Error("no enzymes given");
  const out = new Map<string, RestrictionEnzyme>();
  for (const name of params.enzymes) {
    const z = requireEnzyme(name);
    out.set(z.name, z);
  }
  return [...out.values()];
}

/** Patterns to search for one enzyme: the site, and its reverse complement unless palindromic. */
export function enzymePatterns(z: RestrictionEnzyme): { pattern: string; strand: "+" | "-" }[] {
  return isPalindromic(z.site) ? [{ pattern: z.site, strand: "+" }] : [
    { pattern: z.site, strand: "+" },
    { pattern: reverseComplementIupac(z.site), strand: "-" },
  ];
}

/** The text to search: circular sequences get their first `siteLength − 1` bases appended. */
export function searchText(seq: string, circular: boolean, siteLength: number): string {
  if (!circular || seq.length === 0 || siteLength <= 1) return seq;
  let ext = "";
  while (ext.length < siteLength - 1) ext += seq;
  return seq + ext.slice(0, siteLength - 1);
}

function mod(x: number, n: number): number {
  return ((x % n) + n) % n;
}

/** Cut sites and fragments of one record from its site hits. */
export function buildDigest(recordId: string, length: number, circular: boolean, hits: readonly SiteHit[]): DigestResult {
  const sites: CutSite[] = [];
  for (const { enzyme: z, position, strand } of hits) {
    const m = z.site.length;
    let cutTop = strand === "+" ? position + z.cutTop : position + m - z.cutBottom;
    let cutBottom = strand === "+" ? position + z.cutBottom : position + m - z.cutTop;
    if (circular) {
      cutTop = mod(cutTop, length);
      cutBottom = mod(cutBottom, length);
    } else if (cutTop < 0 || cutTop > length || cutBottom < 0 || cutBottom > length) continue;
    sites.push({ enzyme: z.name, site: z.site, position, strand, cutTop, cutBottom });
  }
  sites.sort((a, b) => a.position - b.position || (a.enzyme < b.enzyme ? -1 : a.enzyme > b.enzyme ? 1 : 0) || (a.strand === b.strand ? 0 : a.strand === "+" ? -1 : 1));

  const byCut = new Map<number, Set<string>>();
  for (const s of sites) {
    if (!circular && (s.cutTop === 0 || s.cutTop === length)) continue;
    let names = byCut.get(s.cutTop);
    if (!names) byCut.set(s.cutTop, (names = new Set()));
    names.add(s.enzyme);
  }
  const cuts = [...byCut.keys()].sort((a, b) => a - b);
  const label = (c: number) => [...byCut.get(c)!].sort().join(",");
  const fragments: Fragment[] = [];
  if (length > 0) {
    if (cuts.length === 0) fragments.push({ start: 0, end: length, length, leftEnzyme: null, rightEnzyme: null });
    else if (circular) {
      for (let i = 0; i < cuts.length; i++) {
        const start = cuts[i]!;
        const end = cuts[(i + 1) % cuts.length]!;
        fragments.push({ start, end, length: i + 1 < cuts.length ? end - start : length - start + end, leftEnzyme: label(start), rightEnzyme: label(end) });
      }
    } else {
      const bounds = [0, ...cuts, length];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const start = bounds[i]!;
        const end = bounds[i + 1]!;
        fragments.push({ start, end, length: end - start, leftEnzyme: i === 0 ? null : label(start), rightEnzyme: i + 2 === bounds.length ? null : label(end) });
      }
    }
  }
  return { recordId, length, circular, sites, fragments };
}

/** Error for a record with more than DIGEST_MAX_SITES sites. */
export function tooManySites(recordId: string): Error {
  return new Error(`more than ${DIGEST_MAX_SITES} restriction sites in record "${recordId}"; use enzymes with longer sites`);
}

/** Reference digest of every record (record topology OR `params.circular`). */
export function digestRecords(records: readonly { id: string; sequence: string; circular?: boolean }[], params: DigestParams): DigestResult[] {
  const enzymes = resolveEnzymes(params);
  return records.map((r) => {
    requireNucleotideRecord(r, "a restriction digest");
    const circular = Boolean(r.circular) || params.circular;
    const hits: SiteHit[] = [];
    for (const z of enzymes) {
      const text = searchText(r.sequence, circular, z.site.length);
      for (const { pattern, strand } of enzymePatterns(z)) {
        for (const position of findPattern(text, pattern)) if (position < r.sequence.length) hits.push({ enzyme: z, position, strand });
      }
      if (hits.length > DIGEST_MAX_SITES) throw tooManySites(r.id);
    }
    return buildDigest(r.id, r.sequence.length, circular, hits);
  });
}
