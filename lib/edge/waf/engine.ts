/**
 * The WAF engine: rules (data, rules.ts) are compiled once per paranoia level into per-target groups that share
 * a transformation chain; each group has one combined pre-filter regex so a clean value costs one regex test
 * per group. `inspectRequest` is pure and synchronous and never throws on any input.
 */
import { extractTargets, type Target } from "./targets";
import { applyTransforms, lowercase } from "./transforms";
import { RULES } from "./rules";
import { LiteralIndex } from "./literal-index";
import { punctMask, requirements } from "./required-chars";
import type {
  Exclusion,
  RuleDef,
  TargetKind,
  TargetSelector,
  TransformName,
  WafCategory,
  WafConfig,
  WafInput,
  WafMatch,
  WafResult,
} from "./types";

interface CompiledRule {
  def: RuleDef;
  re: RegExp;
  /** Punctuation of which every match contains one (required-chars.ts), or null. */
  needs: number | null;
  /** Index in the literal index when every match contains one of the rule's literals, else -1. */
  lit: number;
}

interface Group {
  chain: readonly TransformName[];
  chainKey: string;
  /** prefixIds[i] numbers the chain's first i+1 steps (shared prefixes are transformed once per value). */
  prefixIds: number[];
  rules: CompiledRule[];
}

const ARG_NAMES: TargetKind[] = ["query-name", "form-name", "json-key", "multipart-name", "cookie-name"];
const ARG_VALUES: TargetKind[] = ["query-value", "form-value", "json-value", "multipart-value", "xml-value", "body"];

function selectorKinds(sel: TargetSelector): string[] {
  switch (sel) {
    case "args":
      return [...ARG_NAMES, ...ARG_VALUES, "cookie-value", "multipart-filename"];
    case "arg-names":
      return ARG_NAMES;
    case "arg-values":
      return ARG_VALUES;
    case "cookies":
      return ["cookie-name", "cookie-value"];
    default:
      return [sel];
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Turn a rule's pattern (RegExp or phrase list) into one RegExp. */
export function rulePattern(def: RuleDef): RegExp {
  if (def.pattern instanceof RegExp) return def.pattern;
  const lower = def.transformations.includes("lowercase") || def.transformations.includes("cmdLine");
  const phrases = [...def.pattern].map((p) => escapeRegExp(lower ? p.toLowerCase() : p));
  phrases.sort((a, b) => b.length - a.length);
  return new RegExp(phrases.join("|"));
}

function buildGroups(rules: CompiledRule[]): Group[] {
  const byKey = new Map<string, CompiledRule[]>();
  for (const r of rules) {
    const key = `${r.def.transformations.join(",")}|${r.re.flags}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  const groups: Group[] = [];
  for (const list of byKey.values()) {
    const first = list[0];
    if (!first) continue;
    const chain = first.def.transformations;
    const prefixIds = chain.map((_, i) => prefixId(chain.slice(0, i + 1).join(",")));
    groups.push({ chain, chainKey: chain.join(","), prefixIds, rules: list });
  }
  // Chains that keep the case first, then the case-folding ones, path normalization last: on most values the
  // folding chains all return the same string (and the literal scan ignores case), so adjacent groups share one
  // punctuation mask and one literal scan; normalization is the step that most often changes a URL-like value.
  const rank = (g: Group): number =>
    g.chain.includes("normalizePath") ? 2 : g.chain.includes("lowercase") || g.chain.includes("cmdLine") ? 1 : 0;
  return groups.sort((a, b) => rank(a) - rank(b) || a.chainKey.localeCompare(b.chainKey));
}

interface CompiledSet {
  /** Groups by target kind (`header` handled per header name). */
  byKind: Map<string, Group[]>;
  /** Rules that select one header by name or every inspected header. */
  headerRules: CompiledRule[];
  byHeader: Map<string, Group[]>;
  /** Bounded memo of per-target rule hits (cleared when full). */
  memo: Map<string, readonly RuleDef[]>;
}

const literalIndex = new LiteralIndex();

const compiledAll: CompiledRule[] = RULES.map((def) => {
  const re = rulePattern(def);
  const req = requirements(re);
  const lit = req.literals ? literalIndex.add(req.literals) : -1;
  return { def, re: new RegExp(re.source, re.flags.replace(/[gy]/g, "")), needs: req.punct, lit };
});

const compiledByParanoia = new Map<number, CompiledSet>();

function compiledFor(paranoia: number): CompiledSet {
  const hit = compiledByParanoia.get(paranoia);
  if (hit) return hit;
  const active = compiledAll.filter((r) => r.def.paranoia <= paranoia);
  const perKind = new Map<string, CompiledRule[]>();
  const headerRules: CompiledRule[] = [];
  for (const r of active) {
    for (const sel of r.def.targets) {
      if (sel === "header" || sel.startsWith("header:")) {
        if (!headerRules.includes(r)) headerRules.push(r);
        continue;
      }
      for (const k of selectorKinds(sel)) {
        const list = perKind.get(k) ?? [];
        if (!list.includes(r)) list.push(r);
        perKind.set(k, list);
      }
    }
  }
  const byKind = new Map<string, Group[]>();
  for (const [k, list] of perKind) byKind.set(k, buildGroups(list));
  const set: CompiledSet = { byKind, headerRules, byHeader: new Map(), memo: new Map() };
  compiledByParanoia.set(paranoia, set);
  return set;
}

/** Header names some rule selects by name; any other header shares the generic `header` groups (bounded cache). */
const NAMED_HEADERS = new Set(
  RULES.flatMap((r) => r.targets.filter((t) => t.startsWith("header:")).map((t) => t.slice("header:".length))),
);

function headerGroupKey(name: string): string {
  return NAMED_HEADERS.has(name) ? name : "*";
}

function groupsForHeader(set: CompiledSet, key: string): Group[] {
  const hit = set.byHeader.get(key);
  if (hit) return hit;
  const rules = set.headerRules.filter((r) => r.def.targets.some((s) => s === "header" || s === `header:${key}`));
  const groups = buildGroups(rules);
  set.byHeader.set(key, groups);
  return groups;
}

// ---- exclusions -------------------------------------------------------------------------------------------

interface CompiledExclusion {
  route: RegExp;
  methods: Set<string> | null;
  pointerFields: RegExp[];
  nameFields: RegExp[];
  /** Literal start of each name glob (up to its first wildcard): a cheap test before the regex. */
  namePrefixes: string[];
  categories: Set<WafCategory> | null;
  ruleIds: Set<number> | null;
}

/** Glob to RegExp: `*` one segment, `**` any depth (a trailing `/**` also matches the parent), `{a,b}` either. */
function globToRegExp(glob: string, segmentSep: string): RegExp {
  let re = "";
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === segmentSep && glob.startsWith("**", i + 1) && i + 3 === glob.length) {
      re += `(?:${escapeRegExp(segmentSep)}.*)?`;
      break;
    }
    if (ch === "{") {
      inBraces = true;
      re += "(?:";
    } else if (ch === "}" && inBraces) {
      inBraces = false;
      re += ")";
    } else if (ch === "," && inBraces) re += "|";
    else if (ch === "*") {
      if (glob[i + 1] === "*") {
        re += ".*";
        i++;
        if (glob[i + 1] === segmentSep) i++;
      } else re += `[^${escapeRegExp(segmentSep)}]*`;
    } else re += escapeRegExp(ch ?? "");
  }
  return new RegExp(`^${re}$`);
}

const exclusionCache = new WeakMap<readonly Exclusion[], CompiledExclusion[]>();

function compileExclusions(list: readonly Exclusion[]): CompiledExclusion[] {
  const hit = exclusionCache.get(list);
  if (hit) return hit;
  const out = list.map((e) => ({
    route: globToRegExp(e.route, "/"),
    methods: !e.method || e.method === "*" ? null : new Set(e.method.toUpperCase().split("|").map((m) => m.trim())),
    pointerFields: e.fields.filter((f) => f.startsWith("/")).map((f) => globToRegExp(f, "/")),
    nameFields: e.fields.filter((f) => !f.startsWith("/")).map((f) => globToRegExp(f, "\u0000")),
    namePrefixes: e.fields.filter((f) => !f.startsWith("/")).map((f) => f.slice(0, f.search(/[*{]|$/))),
    categories: e.categories ? new Set(e.categories) : null,
    ruleIds: e.ruleIds ? new Set(e.ruleIds) : null,
  }));
  exclusionCache.set(list, out);
  return out;
}

const POINTER_KINDS = new Set<TargetKind>([
  "json-key", "json-value", "form-name", "form-value", "multipart-name", "multipart-value",
  "multipart-filename", "multipart-header", "xml-value",
]);

function excluded(active: CompiledExclusion[], t: Target, def: RuleDef): boolean {
  for (const e of active) {
    if (e.categories && !e.categories.has(def.category) && !(e.ruleIds && e.ruleIds.has(def.id))) continue;
    if (!e.categories && e.ruleIds && !e.ruleIds.has(def.id)) continue;
    if (POINTER_KINDS.has(t.kind) && e.pointerFields.some((re) => re.test(t.field))) return true;
    if (nameMatches(e, t.name)) return true;
  }
  return false;
}

function nameMatches(e: CompiledExclusion, name: string): boolean {
  for (let i = 0; i < e.nameFields.length; i++) {
    if (name.startsWith(e.namePrefixes[i] as string) && (e.nameFields[i] as RegExp).test(name)) return true;
  }
  return false;
}

/** True when an exclusion without category or rule-id restriction covers the target (every rule is off for it). */
function excludedFromAll(active: CompiledExclusion[], t: Target): boolean {
  for (const e of active) {
    if (e.categories || e.ruleIds) continue;
    if (POINTER_KINDS.has(t.kind) && e.pointerFields.some((re) => re.test(t.field))) return true;
    if (nameMatches(e, t.name)) return true;
  }
  return false;
}

/** Normalized request path for route matching (decoded once, dot segments resolved). */
function routePath(rawPath: string): string {
  let p = rawPath;
  try {
    p = decodeURIComponent(rawPath);
  } catch {
    // keep raw
  }
  const segs: string[] = [];
  for (const s of p.replace(/\\/g, "/").split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segs.pop();
    else segs.push(s);
  }
  return `/${segs.join("/")}`;
}

// ---- inspection -------------------------------------------------------------------------------------------

const METHOD_RULE = 1001;

/** Inspect one request against the rule set under `config`. Pure, synchronous, never throws. */
export function inspectRequest(input: WafInput, config: WafConfig): WafResult {
  try {
    return inspect(input, config);
  } catch {
    // Unreachable by design (fuzzed); if it happens the WAF stage fails closed in the pipeline's terms.
    const matched: WafMatch[] = [{ ruleId: 1000, category: "protocol", target: "request", score: config.blockThreshold }];
    return { score: config.blockThreshold, action: config.detectOnly ? "warn" : "block", matched };
  }
}

function inspect(input: WafInput, config: WafConfig): WafResult {
  const set = compiledFor(config.paranoia);
  const { targets, findings } = extractTargets(input, config.inspectedHeaders, config.limits);
  const matched: WafMatch[] = [...findings];
  const method = (input.method || "").toUpperCase();
  if (!config.allowedMethods.includes(method)) {
    matched.push({ ruleId: METHOD_RULE, category: "method", target: "method", score: 25 });
  }

  let activeExclusions: CompiledExclusion[] | null = null;
  const exclusionsFor = (): CompiledExclusion[] => {
    if (activeExclusions) return activeExclusions;
    const route = routePath(input.path);
    activeExclusions = compileExclusions(config.exclusions).filter(
      (e) => e.route.test(route) && (!e.methods || e.methods.has(method)),
    );
    return activeExclusions;
  };

  const fired = new Set<number>();
  const passes = config.limits.maxUrlDecodePasses;
  const memo = config.limits.memoEntries > 0 && passes === DEFAULT_PASSES ? set.memo : null;
  for (const t of targets) {
    const headerKey = t.kind === "header" ? headerGroupKey(t.name.slice(7)) : "";
    const groups = t.kind === "header" ? groupsForHeader(set, headerKey) : set.byKind.get(t.kind);
    if (!groups) continue;
    // Rule evaluation is a pure function of (paranoia, target kind/header, value): repeated values (user agents,
    // referers, cookie and parameter names) are answered from a bounded memo.
    const memoKey = memo && t.value.length <= MEMO_MAX_VALUE ? `${t.kind}\u0000${headerKey}\u0000${t.value}` : null;
    let hits = memoKey !== null ? memo?.get(memoKey) : undefined;
    if (hits === undefined) {
      // A field excluded from every rule (Auth.js's own cookies) would have all its hits dropped: skip the work.
      if (config.exclusions.length > 0 && excludedFromAll(exclusionsFor(), t)) continue;
      hits = evaluate(groups, t, passes);
      if (memoKey !== null && memo) {
        if (memo.size >= config.limits.memoEntries) memo.clear();
        memo.set(memoKey, hits);
      }
    }
    for (const def of hits) {
      if (fired.has(def.id)) continue;
      if (def.offsiteRefererOnly && sameSiteReferer(input.headers)) continue;
      if (config.exclusions.length > 0 && excluded(exclusionsFor(), t, def)) continue;
      fired.add(def.id);
      matched.push({ ruleId: def.id, category: def.category, target: t.name, score: def.score });
    }
  }

  let score = 0;
  for (const m of matched) score += m.score;
  let action: WafResult["action"] = "allow";
  if (score >= config.blockThreshold) action = config.detectOnly ? "warn" : "block";
  else if (score >= config.warnThreshold) action = "warn";
  return { score, action, matched };
}

const NO_HITS: readonly RuleDef[] = [];

/** True when the Referer's host (with port) is the request's Host. */
function sameSiteReferer(headers: Record<string, string>): boolean {
  let referer: string | undefined;
  let host: string | undefined;
  for (const k of Object.keys(headers)) {
    const name = k.toLowerCase();
    if (name === "referer") referer = headers[k];
    else if (name === "host") host = headers[k];
  }
  if (!referer || !host) return false;
  try {
    return new URL(referer.trim()).host.toLowerCase() === host.trim().toLowerCase();
  } catch {
    return false;
  }
}

/** Distinct transformation-chain prefixes, numbered once (a per-value cache is then an array). */
const prefixIds = new Map<string, number>();
function prefixId(key: string): number {
  let id = prefixIds.get(key);
  if (id === undefined) {
    id = prefixIds.size;
    prefixIds.set(key, id);
  }
  return id;
}

/** Per-value cache of transformed strings by prefix id: valid where stamp === the current evaluation's. */
const cache: { values: string[]; stamps: number[]; stamp: number } = { values: [], stamps: [], stamp: 0 };

/** Apply a group's chain, reusing the longest prefix of it already computed for this value. */
function transformed(value: string, g: Group, passes: number): string {
  const { values, stamps, stamp } = cache;
  let i = g.chain.length - 1;
  for (; i >= 0; i--) if (stamps[g.prefixIds[i] as number] === stamp) break;
  let v = i >= 0 ? (values[g.prefixIds[i] as number] as string) : value;
  for (let j = i + 1; j < g.chain.length; j++) {
    v = applyTransforms(v, [g.chain[j] as TransformName], passes);
    const id = g.prefixIds[j] as number;
    values[id] = v;
    stamps[id] = stamp;
  }
  return v;
}

/**
 * Values no transformation changes (lower-case letters, digits, single spaces and punctuation that no decoder,
 * comment stripper, path normalizer or shell unquoter touches): every chain returns them as they are.
 */
const INERT = /^(?:[a-z0-9_,:;=@!?*+()[\]{}<>|~.]|-(?!-)| (?! ))*$/;

const MEMO_MAX_VALUE = 512;
const DEFAULT_PASSES = 3;

/**
 * All rules (of the target's groups) whose pattern matches the transformed value. A rule's regex only runs when
 * the value passes its gate: one of the rule's required punctuation characters, and one of its required literals,
 * occur in the value (see required-chars.ts). Transformations return their input when there is nothing to do,
 * so most groups see the same string and its punctuation and literals are scanned once. Groups are built per
 * target kind (and per header name), so every rule in them applies to the target.
 */
function evaluate(groups: Group[], t: Target, passes: number): readonly RuleDef[] {
  let out: RuleDef[] | null = null;
  cache.stamp = (cache.stamp + 1) | 0;
  const inert = t.value.length <= 256 && INERT.test(t.value);
  let lastValue: string | null = null;
  let bits = 0;
  let scanned = false;
  // The literal scan ignores case: a value that differs from the last scanned one only in case reuses its result.
  let scannedLower: string | null = null;
  for (const g of groups) {
    const v = inert ? t.value : transformed(t.value, g, passes);
    if (v !== lastValue) {
      lastValue = v;
      bits = punctMask(v);
      scanned = false;
    }
    for (const r of g.rules) {
      if (r.needs !== null && (r.needs & bits) === 0) continue;
      if (r.lit >= 0) {
        if (!scanned) {
          const lower = lowercase(v);
          if (lower !== scannedLower) {
            literalIndex.scan(lower);
            scannedLower = lower;
          }
          scanned = true;
        }
        if (!literalIndex.has(r.lit)) continue;
      }
      if (!r.re.test(v)) continue;
      (out ??= []).push(r.def);
    }
  }
  return out ?? NO_HITS;
}

/** Number of rules active at a paranoia level (for reports and the bench). */
export function ruleCount(paranoia: 1 | 2 | 3): number {
  return compiledAll.filter((r) => r.def.paranoia <= paranoia).length;
}
