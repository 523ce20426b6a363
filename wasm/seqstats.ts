// Streaming FASTA/FASTQ statistics. The host calls `init`, then for every chunk copies the bytes
// to `inputPtr()` and calls `feed(len)`; records and lines may span chunks (CRLF split across
// chunks and lone-CR line endings included). Completed records are written to a table the host
// drains whenever `feed`/`resume` return MORE and after each chunk; `finish()` ends the input.
// Per record: length, A C G T U N counts (case-folded), lowercase, quality code sum and the id
// (first blank-delimited token of the header; copied for the first `ids` records only). For the
// whole input: residue byte counts, quality code sums by read position (positions below the
// `positions` bound given to init), lowest/highest quality character.
// The rules mirror lib/bio/fasta-scanner.ts and lib/bio/fastq.ts so both give the same numbers
// and the same errors (code, line, column) for the same input; on an error the kernel stops and
// leaves what the message needs (line, column, byte, current title, quoted line prefix).
// Speed: runs of A/C/G/T/N are counted 16 bytes at a time with SIMD compares; other letters go
// through a 256-entry byte histogram; line ends are found with SIMD.
// A `gcWindows` export computes GC per sliding window of one sequence.
export { alloc, reset } from "./lib/memory";
import {
  B_AT, B_CR, B_J, B_LF, B_PLUS, B_GT, C_CR, C_LF, C_RES, C_SPACE, CLASS, buildClassTable,
  E_EMPTY, E_FA_INVALID_SEQ, E_FA_MISSING_HEADER, E_FQ_INVALID_QUAL, E_FQ_INVALID_SEQ, E_FQ_MISSING_HEADER,
  E_FQ_MISSING_SEP, E_FQ_QUAL_BELOW_64, E_FQ_QUAL_LENGTH, E_FQ_QUAL_SHORT, E_FQ_SEP_MISMATCH, E_FQ_TRUNC_QUAL, E_FQ_TRUNC_SEQ,
  REC_FIELDS, ST_DONE, ST_ERROR, ST_MORE, isBlankByte,
} from "./lib/seqstats-defs";
export { gcWindows } from "./lib/seqstats-gc";

const TABLE_CAP: i32 = 4096;
const CAPTURE_CAP: i32 = 200;

// Parser states (what the next byte means).
const S_LS: i32 = 0; // at the start of a line
const F_HEADER: i32 = 1;
const F_PRE: i32 = 2; // FASTA: before the first header (blank lines only)
const F_SEQ: i32 = 3;
const Q_TITLE: i32 = 10;
const Q_BLANK: i32 = 11; // FASTQ title phase: a line that so far holds only whitespace
const Q_BAD: i32 = 12; // FASTQ title phase: a line that is not a title (error at its end)
const Q_PLUS: i32 = 13;
const Q_SEQ: i32 = 14;
const Q_QUAL: i32 = 15;
const Q_QUAL_OVER: i32 = 16; // quality line longer than the sequence (error at its end)

// FASTQ record phase.
const PH_TITLE: i32 = 0;
const PH_SEQ: i32 = 1;
const PH_QUAL: i32 = 2;

// Buffers (allocated by init).
let INPUT: usize = 0;
let HIST: usize = 0; // u32[256]: residue byte counts of the current record
let COMP: usize = 0; // f64[256]: residue byte counts of all records
let POSQ: usize = 0; // u64[maxPos]: quality code sums by read position
let TABLE: usize = 0; // f64[TABLE_CAP * REC_FIELDS]
let CAPTURE: usize = 0; // first bytes of a line an error message quotes
let titlePtr: usize = 0;
let titleCap: i32 = 0;
let titleLen: i32 = 0;
let idPtr: usize = 0;
let idCap: i32 = 0;
let idLen: i32 = 0;

// Settings.
let fastq: bool = false;
let explicit64: bool = false;
let maxPos: i32 = 0;
let keepIds: f64 = 0;

// Position.
let pos: usize = 0;
let end: usize = 0;
let chunkBase: u64 = 0; // absolute offset of INPUT[0]
let chunkLen: u64 = 0;
let line: f64 = 1;
let lineStartAbs: u64 = 0;
let pendingCr: bool = false;
let state: i32 = S_LS;

// Records.
let histDirty: bool = false; // HIST holds counts of the current record
let tableCount: i32 = 0;
let recordIndex: f64 = 0;
let inRecord: bool = false;
let phase: i32 = PH_TITLE;
let titleLine: f64 = 0;
let seqLen: i32 = 0;
let qualLen: i32 = 0;
let lineLen: i32 = 0;
let lastQualLine: f64 = 0;
// First non-empty quality line of the record; a later quality line starting with '@' (where a
// short quality most likely ended) and the quality length before it.
let qualStartLine: f64 = 0;
let atLine: f64 = 0;
let atQualLen: i32 = 0;
let lineFirstAt: bool = false;
let qualSum: f64 = 0;
let lineBadCol: i32 = 0;
let lineBadByte: i32 = 0;
let plusLen: i32 = 0;
let plusMismatch: bool = false;
let captureLen: i32 = 0;
let captureTrunc: bool = false;
let minQ: i32 = 127;
let maxQ: i32 = 0;
let firstHighLine: f64 = 0;

// Error report.
let errCode: i32 = 0;
let errLine: f64 = 0;
let errColumn: f64 = 0;
let errByte: i32 = 0;
let errA: f64 = 0;
let errB: f64 = 0;
let errC: f64 = 0;

/**
 * Starts a new input. `format`: 0 FASTA, 1 FASTQ; `offset64`: 1 when Phred+64 was requested
 * (quality characters below '@' are then errors); `positions`: per-position quality bound;
 * `ids`: records whose id is copied out; `capacity`: largest chunk passed to `feed`.
 */
export function init(format: i32, offset64: i32, positions: i32, ids: f64, capacity: i32): void {
  heap.reset();
  buildClassTable();
  fastq = format == 1;
  explicit64 = offset64 != 0;
  maxPos = positions;
  keepIds = ids;
  INPUT = heap.alloc(<usize>capacity + 64);
  HIST = heap.alloc(256 * 4);
  memory.fill(HIST, 0, 256 * 4);
  COMP = heap.alloc(256 * 8);
  memory.fill(COMP, 0, 256 * 8);
  POSQ = heap.alloc(<usize>positions * 8 + 8);
  memory.fill(POSQ, 0, <usize>positions * 8 + 8);
  TABLE = heap.alloc(<usize>(TABLE_CAP * REC_FIELDS * 8));
  CAPTURE = heap.alloc(<usize>CAPTURE_CAP + 8);
  titleCap = 1024;
  titlePtr = heap.alloc(<usize>titleCap);
  titleLen = 0;
  idCap = 64 * 1024;
  idPtr = heap.alloc(<usize>idCap);
  idLen = 0;
  pos = 0;
  end = 0;
  chunkBase = 0;
  chunkLen = 0;
  line = 1;
  lineStartAbs = 0;
  pendingCr = false;
  state = S_LS;
  tableCount = 0;
  recordIndex = 0;
  inRecord = false;
  phase = PH_TITLE;
  titleLine = 0;
  seqLen = 0;
  qualLen = 0;
  lineLen = 0;
  lastQualLine = 0;
  qualStartLine = 0;
  atLine = 0;
  atQualLen = 0;
  qualSum = 0;
  minQ = 127;
  maxQ = 0;
  firstHighLine = 0;
  errCode = 0;
  histDirty = false;
  const z = v128.splat<i32>(0);
  vA = z;
  vC = z;
  vG = z;
  vT = z;
  vN = z;
  vLower = z;
}

export function inputPtr(): usize {
  return INPUT;
}

/** Processes `len` new bytes at `inputPtr()`; returns DONE, MORE (drain, then `resume`) or ERROR. */
export function feed(len: i32): i32 {
  chunkBase += chunkLen;
  chunkLen = <u64>len;
  pos = INPUT;
  end = INPUT + <usize>len;
  return resume();
}

/** Continues after MORE (the record table was full and has been drained). */
export function resume(): i32 {
  tableCount = 0;
  idLen = 0;
  if (errCode != 0) return ST_ERROR;
  while (pos < end) {
    if (tableCount >= TABLE_CAP) return ST_MORE;
    if (pendingCr) {
      pendingCr = false;
      if (load<u8>(pos) == B_LF) {
        pos++;
        lineStartAbs = abs(pos);
        continue;
      }
    }
    if (fastq) stepFastq();
    else stepFasta();
    if (errCode != 0) return ST_ERROR;
  }
  return ST_DONE;
}

/** Signals the end of input: completes the last line and record; DONE or ERROR. */
export function finish(): i32 {
  tableCount = 0;
  idLen = 0;
  if (errCode != 0) return ST_ERROR;
  const lastLine = state == S_LS ? line - 1 : line;
  if (fastq) {
    if (state != S_LS) endFastqLine();
    if (errCode != 0) return ST_ERROR;
    const at = lastLine > 1 ? lastLine : 1;
    if (phase == PH_SEQ) return fail(E_FQ_TRUNC_SEQ, at, 0, 0);
    if (phase == PH_QUAL) {
      if (qualLen == 0) return fail(E_FQ_TRUNC_QUAL, at, 0, 0);
      if (atLine > 0) return ranShort(atLine, atQualLen);
      fail(E_FQ_QUAL_LENGTH, lastQualLine, 0, 0);
      errA = <f64>qualLen;
      errB = <f64>seqLen;
      return ST_ERROR;
    }
  } else {
    if (state == F_HEADER) finishHeader();
    if (inRecord) emit();
  }
  if (recordIndex == 0) return fail(E_EMPTY, 1, 0, 0);
  return ST_DONE;
}

// ── shared helpers ──────────────────────────────────────────────────────────────────────────

@inline function abs(p: usize): u64 {
  return chunkBase + <u64>(p - INPUT);
}

@inline function column(p: usize): f64 {
  return <f64>(abs(p) - lineStartAbs + 1);
}

function fail(code: i32, at: f64, col: f64, byte: i32): i32 {
  errCode = code;
  errLine = at;
  errColumn = col;
  errByte = byte;
  return ST_ERROR;
}

/** The quality ended short of the sequence and ran into line `at` (see lib/bio/fastq.ts). */
function ranShort(at: f64, qualityLength: i32): i32 {
  fail(E_FQ_QUAL_SHORT, qualStartLine, 0, 0);
  errA = <f64>qualityLength;
  errB = <f64>seqLen;
  errC = at;
  return ST_ERROR;
}

/** A line ended with the terminator at `p` (LF or CR). */
@inline function newLine(p: usize, b: u32): void {
  line += 1;
  lineStartAbs = abs(p + 1);
  if (b == B_CR) pendingCr = true;
  state = S_LS;
}

/** Offset of the first line terminator at or after `p`, or `end`. */
function findEol(p: usize): usize {
  const lf = i8x16.splat(<i8>B_LF);
  const cr = i8x16.splat(<i8>B_CR);
  while (p + 16 <= end) {
    const v = v128.load(p);
    const m = i8x16.bitmask(v128.or(i8x16.eq(v, lf), i8x16.eq(v, cr)));
    if (m != 0) return p + <usize>ctz<i32>(m);
    p += 16;
  }
  while (p < end) {
    const b = load<u8>(p);
    if (b == B_LF || b == B_CR) return p;
    p++;
  }
  return end;
}

function appendTitle(from: usize, to: usize): void {
  const n = <i32>(to - from);
  if (n == 0) return;
  if (titleLen + n > titleCap) {
    let cap = titleCap * 2;
    if (cap < titleLen + n) cap = titleLen + n;
    const grown = heap.alloc(<usize>cap);
    memory.copy(grown, titlePtr, <usize>titleLen);
    titlePtr = grown;
    titleCap = cap;
  }
  memory.copy(titlePtr + <usize>titleLen, from, <usize>n);
  titleLen += n;
}

function capture(from: usize, to: usize): void {
  let n = <i32>(to - from);
  if (captureLen + n > CAPTURE_CAP) {
    captureTrunc = true;
    n = CAPTURE_CAP - captureLen;
  }
  if (n <= 0) return;
  memory.copy(CAPTURE + <usize>captureLen, from, <usize>n);
  captureLen += n;
}

/** Writes the finished record to the table and adds its residues to the totals. */
function emit(): void {
  let a: f64 = 0, c: f64 = 0, g: f64 = 0, t: f64 = 0, u: f64 = 0, n: f64 = 0, lower: f64 = 0, len: f64 = 0;
  let ambig: f64 = 0, prot: f64 = 0;
  // The byte histogram is only touched by the scalar paths: skip folding it when clean.
  for (let b = histDirty ? 42 : 123; b < 123; b++) {
    const slot = HIST + (<usize>b << 2);
    const h = load<u32>(slot);
    if (h == 0) continue;
    store<u32>(slot, 0);
    const hf = <f64>h;
    const cp = COMP + (<usize>b << 3);
    store<f64>(cp, load<f64>(cp) + hf);
    len += hf;
    if (b >= 97) lower += hf;
    const f = b | 0x20;
    if (f == 97) a += hf;
    else if (f == 99) c += hf;
    else if (f == 103) g += hf;
    else if (f == 116) t += hf;
    else if (f == 117) u += hf;
    else if (f == 110) n += hf;
    // r y s w k m b d h v: the other nucleotide codes; e f i j l o p q z: no nucleotide code
    else if (f == 114 || f == 121 || f == 115 || f == 119 || f == 107 || f == 109 || f == 98 || f == 100 || f == 104 || f == 118) ambig += hf;
    else if (f == 101 || f == 102 || f == 105 || f == 106 || f == 108 || f == 111 || f == 112 || f == 113 || f == 122) prot += hf;
  }
  histDirty = false;
  // SIMD counters (FASTA): case-folded, so they go to the upper-case composition slots.
  const sa = laneSum(vA), sc = laneSum(vC), sg = laneSum(vG), st = laneSum(vT), sn = laneSum(vN);
  if (sa + sc + sg + st + sn > 0) {
    a += sa;
    c += sc;
    g += sg;
    t += st;
    n += sn;
    len += sa + sc + sg + st + sn;
    lower += laneSum(vLower);
    store<f64>(COMP + 65 * 8, load<f64>(COMP + 65 * 8) + sa);
    store<f64>(COMP + 67 * 8, load<f64>(COMP + 67 * 8) + sc);
    store<f64>(COMP + 71 * 8, load<f64>(COMP + 71 * 8) + sg);
    store<f64>(COMP + 84 * 8, load<f64>(COMP + 84 * 8) + st);
    store<f64>(COMP + 78 * 8, load<f64>(COMP + 78 * 8) + sn);
    const z = v128.splat<i32>(0);
    vA = z;
    vC = z;
    vG = z;
    vT = z;
    vN = z;
    vLower = z;
  }
  const r = TABLE + <usize>(tableCount * REC_FIELDS * 8);
  store<f64>(r, len);
  store<f64>(r, a, 8);
  store<f64>(r, c, 16);
  store<f64>(r, g, 24);
  store<f64>(r, t, 32);
  store<f64>(r, u, 40);
  store<f64>(r, n, 48);
  store<f64>(r, lower, 56);
  store<f64>(r, qualSum, 64);
  store<f64>(r, ambig, 88);
  store<f64>(r, prot, 96);
  if (recordIndex < keepIds) {
    // id = first whitespace-delimited token of the title
    let i: i32 = 0;
    while (i < titleLen && isBlankByte(load<u8>(titlePtr + <usize>i))) i++;
    let j = i;
    while (j < titleLen && !isBlankByte(load<u8>(titlePtr + <usize>j))) j++;
    const n2 = j - i;
    if (idLen + n2 > idCap) {
      let cap = idCap * 2;
      if (cap < idLen + n2) cap = idLen + n2;
      const grown = heap.alloc(<usize>cap);
      memory.copy(grown, idPtr, <usize>idLen);
      idPtr = grown;
      idCap = cap;
    }
    memory.copy(idPtr + <usize>idLen, titlePtr + <usize>i, <usize>n2);
    store<f64>(r, <f64>idLen, 72);
    store<f64>(r, <f64>n2, 80);
    idLen += n2;
  } else {
    store<f64>(r, -1, 72);
    store<f64>(r, 0, 80);
  }
  tableCount++;
  recordIndex += 1;
  qualSum = 0;
}

// ── FASTA ───────────────────────────────────────────────────────────────────────────────────

function finishHeader(): void {
  inRecord = true;
}

function stepFasta(): void {
  if (state == F_SEQ) {
    fastaSequence();
    return;
  }
  if (state == S_LS) {
    const b = load<u8>(pos);
    if (b == B_GT) {
      if (inRecord) emit();
      inRecord = false;
      titleLen = 0;
      state = F_HEADER;
      pos++;
      return;
    }
    state = inRecord ? F_SEQ : F_PRE;
    return;
  }
  if (state == F_HEADER) {
    const e = findEol(pos);
    appendTitle(pos, e);
    if (e == end) {
      pos = end;
      return;
    }
    finishHeader();
    newLine(e, load<u8>(e));
    pos = e + 1;
    return;
  }
  // F_PRE: blank lines before the first header
  let p = pos;
  while (p < end) {
    const b = <u32>load<u8>(p);
    const cls = load<u8>(CLASS + <usize>b);
    if (cls == C_LF || cls == C_CR) {
      newLine(p, b);
      pos = p + 1;
      return;
    }
    if (cls != C_SPACE) {
      fail(E_FA_MISSING_HEADER, line, 0, 0);
      return;
    }
    p++;
  }
  pos = end;
}

// Case-folded A, C, G, T, N and lowercase counts of the SIMD path (i32 lanes), folded in by emit().
let vA: v128 = v128.splat<i32>(0);
let vC: v128 = v128.splat<i32>(0);
let vG: v128 = v128.splat<i32>(0);
let vT: v128 = v128.splat<i32>(0);
let vN: v128 = v128.splat<i32>(0);
let vLower: v128 = v128.splat<i32>(0);

@inline function widen(acc: v128): v128 {
  return i32x4.extadd_pairwise_i16x8_u(i16x8.extadd_pairwise_i8x16_u(acc));
}

@inline function laneSum(v: v128): f64 {
  return <f64>(<u32>i32x4.extract_lane(v, 0)) + <f64>(<u32>i32x4.extract_lane(v, 1)) + <f64>(<u32>i32x4.extract_lane(v, 2)) + <f64>(<u32>i32x4.extract_lane(v, 3));
}

/**
 * Counts residues up to the end of the line (or chunk). 16-byte blocks of A/C/G/T/N (either
 * case) are counted with SIMD compares into byte-lane counters; a block stops at its first
 * other byte, which the scalar path handles (other letters, blanks, line ends, errors).
 */
function fastaSequence(): void {
  let p = pos;
  const e = end;
  const hist = HIST;
  const iota = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const bit5 = i8x16.splat(0x20);
  const la = i8x16.splat(0x61);
  const lc = i8x16.splat(0x63);
  const lg = i8x16.splat(0x67);
  const lt = i8x16.splat(0x74);
  const ln = i8x16.splat(0x6e);
  let aA = i8x16.splat(0);
  let aC = i8x16.splat(0);
  let aG = i8x16.splat(0);
  let aT = i8x16.splat(0);
  let aN = i8x16.splat(0);
  let aL = i8x16.splat(0);
  let rounds = 0;
  while (p < e) {
    // SIMD run (may read up to 15 bytes past `e`: INPUT is padded; those lanes are not counted)
    while (p < e) {
      const v = v128.load(p);
      const f = v128.or(v, bit5);
      let isA = i8x16.eq(f, la);
      let isC = i8x16.eq(f, lc);
      let isG = i8x16.eq(f, lg);
      let isT = i8x16.eq(f, lt);
      let isN = i8x16.eq(f, ln);
      let isL = i8x16.ge_u(v, la);
      const known = v128.or(v128.or(v128.or(isA, isC), v128.or(isG, isT)), isN);
      const bits = i8x16.bitmask(known);
      let k: i32 = 16;
      if (bits != 0xffff) k = ctz<i32>(~bits);
      const left = <i32>(e - p);
      if (k > left) k = left;
      if (k < 16) {
        const m = i8x16.lt_u(iota, i8x16.splat(<i8>k));
        isA = v128.and(isA, m);
        isC = v128.and(isC, m);
        isG = v128.and(isG, m);
        isT = v128.and(isT, m);
        isN = v128.and(isN, m);
        isL = v128.and(isL, m);
      }
      isL = v128.and(isL, known);
      aA = i8x16.sub(aA, isA);
      aC = i8x16.sub(aC, isC);
      aG = i8x16.sub(aG, isG);
      aT = i8x16.sub(aT, isT);
      aN = i8x16.sub(aN, isN);
      aL = i8x16.sub(aL, isL);
      p += <usize>k;
      if (++rounds == 255) {
        vA = i32x4.add(vA, widen(aA));
        vC = i32x4.add(vC, widen(aC));
        vG = i32x4.add(vG, widen(aG));
        vT = i32x4.add(vT, widen(aT));
        vN = i32x4.add(vN, widen(aN));
        vLower = i32x4.add(vLower, widen(aL));
        aA = i8x16.splat(0);
        aC = i8x16.splat(0);
        aG = i8x16.splat(0);
        aT = i8x16.splat(0);
        aN = i8x16.splat(0);
        aL = i8x16.splat(0);
        rounds = 0;
      }
      if (k < 16) break;
    }
    if (p >= e) break;
    // one byte the SIMD run stopped at
    const b = <usize>load<u8>(p);
    const cls = load<u8>(CLASS + b);
    if (cls == C_RES) {
      const slot = hist + (b << 2);
      store<u32>(slot, load<u32>(slot) + 1);
      histDirty = true;
      p++;
      continue;
    }
    if (cls == C_SPACE) {
      p++;
      continue;
    }
    if (cls == C_LF || cls == C_CR) {
      // Line end: keep counting on the next line unless it is a header (or beyond this chunk).
      let q = p + 1;
      if (cls == C_CR) {
        if (q < e) {
          if (load<u8>(q) == B_LF) q++;
        } else pendingCr = true;
      }
      line += 1;
      lineStartAbs = abs(q);
      if (q < e && load<u8>(q) != B_GT) {
        p = q;
        continue;
      }
      state = S_LS;
      p = q;
      break;
    }
    vA = i32x4.add(vA, widen(aA));
    vC = i32x4.add(vC, widen(aC));
    vG = i32x4.add(vG, widen(aG));
    vT = i32x4.add(vT, widen(aT));
    vN = i32x4.add(vN, widen(aN));
    vLower = i32x4.add(vLower, widen(aL));
    fail(E_FA_INVALID_SEQ, line, column(p), <i32>b);
    return;
  }
  vA = i32x4.add(vA, widen(aA));
  vC = i32x4.add(vC, widen(aC));
  vG = i32x4.add(vG, widen(aG));
  vT = i32x4.add(vT, widen(aT));
  vN = i32x4.add(vN, widen(aN));
  vLower = i32x4.add(vLower, widen(aL));
  pos = p < e ? p : e;
}

// ── FASTQ ───────────────────────────────────────────────────────────────────────────────────

function stepFastq(): void {
  switch (state) {
    case S_LS:
      fastqLineStart();
      return;
    case Q_SEQ:
      fastqSequence();
      return;
    case Q_QUAL:
      fastqQuality();
      if (state != Q_QUAL) return; // ran over: handled by stepFastqOver
      break;
    case Q_TITLE: {
      const e = findEol(pos);
      appendTitle(pos, e);
      pos = e;
      break;
    }
    case Q_PLUS: {
      let p = pos;
      while (p < end) {
        const b = load<u8>(p);
        if (b == B_LF || b == B_CR) break;
        if (plusLen >= titleLen || load<u8>(titlePtr + <usize>plusLen) != b) plusMismatch = true;
        plusLen++;
        p++;
      }
      capture(pos, p);
      pos = p;
      break;
    }
    case Q_BLANK: {
      let p = pos;
      while (p < end) {
        const b = load<u8>(p);
        if (b == B_LF || b == B_CR) break;
        if (!isBlankByte(b)) {
          state = Q_BAD;
          break;
        }
        p++;
      }
      capture(pos, p);
      pos = p;
      if (state == Q_BAD) return;
      break;
    }
    case Q_BAD: {
      const e = findEol(pos);
      capture(pos, e);
      pos = e;
      break;
    }
    case Q_QUAL_OVER: {
      const e = findEol(pos);
      lineLen += <i32>(e - pos);
      pos = e;
      break;
    }
  }
  if (pos == end) return;
  const b = load<u8>(pos);
  endFastqLine();
  if (errCode != 0) return;
  newLine(pos, b);
  pos++;
}

/** The current line ends (terminator or end of input): apply what it means for the record. */
function endFastqLine(): void {
  switch (state) {
    case Q_TITLE:
      phase = PH_SEQ;
      seqLen = 0;
      qualSum = 0;
      return;
    case Q_PLUS:
      if (plusLen > 0 && (plusMismatch || plusLen != titleLen)) {
        fail(E_FQ_SEP_MISMATCH, line, 0, 0);
        return;
      }
      phase = PH_QUAL;
      lastQualLine = line;
      qualStartLine = 0;
      atLine = 0;
      qualLen = 0;
      if (seqLen == 0) {
        emit();
        phase = PH_TITLE;
      }
      return;
    case Q_BAD:
      fail(E_FQ_MISSING_HEADER, line, 0, 0);
      return;
    case Q_QUAL:
      endQualityLine();
      return;
    case Q_QUAL_OVER:
      if (lineFirstAt && qualLen > 0) {
        ranShort(line, qualLen);
        return;
      }
      if (atLine > 0) {
        ranShort(atLine, atQualLen);
        return;
      }
      fail(E_FQ_QUAL_LENGTH, line, 0, 0);
      errA = <f64>(qualLen + lineLen);
      errB = <f64>seqLen;
      return;
  }
}

function fastqLineStart(): void {
  const b = load<u8>(pos);
  if (b == B_LF || b == B_CR) {
    // An empty line changes nothing in any phase.
    newLine(pos, b);
    pos++;
    return;
  }
  if (phase == PH_TITLE) {
    captureLen = 0;
    captureTrunc = false;
    if (b == B_AT) {
      titleLen = 0;
      titleLine = line;
      state = Q_TITLE;
      pos++;
    } else {
      state = isBlankByte(b) ? Q_BLANK : Q_BAD;
    }
    return;
  }
  if (phase == PH_SEQ) {
    if (b == B_PLUS) {
      plusLen = 0;
      plusMismatch = false;
      captureLen = 0;
      captureTrunc = false;
      state = Q_PLUS;
      pos++;
      return;
    }
    if (b == B_AT) {
      fail(E_FQ_MISSING_SEP, line, 0, 0);
      return;
    }
    state = Q_SEQ;
    return;
  }
  lineFirstAt = b == B_AT;
  lineLen = 0;
  lineBadCol = 0;
  state = Q_QUAL;
}

/**
 * Counts the run of A/C/G/T/N bytes (either case) from `p` with SIMD into the record's SIMD
 * counters; returns the position of the first other byte (or `e`).
 */
function simdRun(p: usize, e: usize): usize {
  const iota = i8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const bit5 = i8x16.splat(0x20);
  const la = i8x16.splat(0x61);
  let aA = i8x16.splat(0);
  let aC = i8x16.splat(0);
  let aG = i8x16.splat(0);
  let aT = i8x16.splat(0);
  let aN = i8x16.splat(0);
  let aL = i8x16.splat(0);
  let rounds = 0;
  while (p < e) {
    const v = v128.load(p);
    const f = v128.or(v, bit5);
    let isA = i8x16.eq(f, la);
    let isC = i8x16.eq(f, i8x16.splat(0x63));
    let isG = i8x16.eq(f, i8x16.splat(0x67));
    let isT = i8x16.eq(f, i8x16.splat(0x74));
    let isN = i8x16.eq(f, i8x16.splat(0x6e));
    let isL = i8x16.ge_u(v, la);
    const known = v128.or(v128.or(v128.or(isA, isC), v128.or(isG, isT)), isN);
    const bits = i8x16.bitmask(known);
    let k: i32 = 16;
    if (bits != 0xffff) k = ctz<i32>(~bits);
    const left = <i32>(e - p);
    if (k > left) k = left;
    if (k < 16) {
      const m = i8x16.lt_u(iota, i8x16.splat(<i8>k));
      isA = v128.and(isA, m);
      isC = v128.and(isC, m);
      isG = v128.and(isG, m);
      isT = v128.and(isT, m);
      isN = v128.and(isN, m);
      isL = v128.and(isL, m);
    }
    isL = v128.and(isL, known);
    aA = i8x16.sub(aA, isA);
    aC = i8x16.sub(aC, isC);
    aG = i8x16.sub(aG, isG);
    aT = i8x16.sub(aT, isT);
    aN = i8x16.sub(aN, isN);
    aL = i8x16.sub(aL, isL);
    p += <usize>k;
    if (++rounds == 255 || k < 16) {
      vA = i32x4.add(vA, widen(aA));
      vC = i32x4.add(vC, widen(aC));
      vG = i32x4.add(vG, widen(aG));
      vT = i32x4.add(vT, widen(aT));
      vN = i32x4.add(vN, widen(aN));
      vLower = i32x4.add(vLower, widen(aL));
      if (k < 16) return p;
      aA = i8x16.splat(0);
      aC = i8x16.splat(0);
      aG = i8x16.splat(0);
      aT = i8x16.splat(0);
      aN = i8x16.splat(0);
      aL = i8x16.splat(0);
      rounds = 0;
    }
  }
  vA = i32x4.add(vA, widen(aA));
  vC = i32x4.add(vC, widen(aC));
  vG = i32x4.add(vG, widen(aG));
  vT = i32x4.add(vT, widen(aT));
  vN = i32x4.add(vN, widen(aN));
  vLower = i32x4.add(vLower, widen(aL));
  return p;
}

/** Sequence letters up to the end of the line (or chunk); blanks are errors in FASTQ. */
function fastqSequence(): void {
  let p = pos;
  const e = end;
  const hist = HIST;
  const start = p;
  while (p < e) {
    p = simdRun(p, e);
    if (p >= e) break;
    const b = <usize>load<u8>(p);
    const cls = load<u8>(CLASS + b);
    if (cls == C_RES) {
      const slot = hist + (b << 2);
      store<u32>(slot, load<u32>(slot) + 1);
      histDirty = true;
      p++;
      continue;
    }
    if (cls == C_LF || cls == C_CR) {
      seqLen += <i32>(p - start);
      newLine(p, <u32>b);
      pos = p + 1;
      return;
    }
    fail(E_FQ_INVALID_SEQ, line, column(p), <i32>b);
    return;
  }
  seqLen += <i32>(e - start);
  pos = e;
}

/**
 * Quality characters up to the end of the line (or chunk): sums by read position, line
 * minimum and maximum. A line longer than the sequence allows is an error whatever it holds,
 * so it is only measured (Q_QUAL_OVER); invalid characters are located only when the line's
 * minimum or maximum says there is one.
 */
function fastqQuality(): void {
  const p0 = pos;
  const eol = findEol(p0);
  const n = <i32>(eol - p0);
  if (n > seqLen - qualLen - lineLen) {
    state = Q_QUAL_OVER;
    stepFastqOver();
    return;
  }
  const at = qualLen + lineLen; // read position of the first character
  let sum: u32 = 0;
  let lo: i32 = 255;
  let hi: i32 = 0;
  let withPos = maxPos - at;
  if (withPos > n) withPos = n;
  if (withPos < 0) withPos = 0;
  const slot0 = POSQ + (<usize>at << 3);
  for (let i = 0; i < withPos; i++) {
    const b = <i32>load<u8>(p0 + <usize>i);
    sum += <u32>b;
    lo = min(lo, b);
    hi = max(hi, b);
    const slot = slot0 + (<usize>i << 3);
    store<u64>(slot, load<u64>(slot) + <u64>b);
  }
  for (let i = withPos; i < n; i++) {
    const b = <i32>load<u8>(p0 + <usize>i);
    sum += <u32>b;
    lo = min(lo, b);
    hi = max(hi, b);
  }
  if ((lo < 33 || hi > 126 || (explicit64 && lo < 64)) && lineBadCol == 0) {
    for (let i = 0; i < n; i++) {
      const b = <i32>load<u8>(p0 + <usize>i);
      if (b < 33 || b > 126 || (explicit64 && b < 64)) {
        lineBadCol = lineLen + i + 1;
        lineBadByte = b;
        break;
      }
    }
  }
  if (hi > B_J && firstHighLine == 0) firstHighLine = line;
  if (n > 0) {
    if (lo < minQ) minQ = lo;
    if (hi > maxQ) maxQ = hi;
  }
  lineLen += n;
  qualSum += <f64>sum;
  pos = eol;
}

function stepFastqOver(): void {
  const e = findEol(pos);
  lineLen += <i32>(e - pos);
  pos = e;
  if (pos == end) return;
  const b = load<u8>(pos);
  endFastqLine();
  if (errCode != 0) return;
  newLine(pos, b);
  pos++;
}

function endQualityLine(): void {
  const startsWithAt = lineFirstAt && qualLen > 0;
  if (lineBadCol != 0) {
    if (startsWithAt) {
      ranShort(line, qualLen);
      return;
    }
    const b = lineBadByte;
    fail(b < 33 || b > 126 ? E_FQ_INVALID_QUAL : E_FQ_QUAL_BELOW_64, line, <f64>lineBadCol, b);
    return;
  }
  if (startsWithAt && atLine == 0) {
    atLine = line;
    atQualLen = qualLen;
  }
  if (lineLen > 0 && qualStartLine == 0) qualStartLine = line;
  qualLen += lineLen;
  if (lineLen > 0) lastQualLine = line;
  if (qualLen == seqLen) {
    emit();
    phase = PH_TITLE;
  }
}

// ── results the host reads ──────────────────────────────────────────────────────────────────

export function tablePtr(): usize {
  return TABLE;
}
export function tableLength(): i32 {
  return tableCount;
}
export function idsPtr(): usize {
  return idPtr;
}
export function compositionPtr(): usize {
  return COMP;
}
export function positionSumsPtr(): usize {
  return POSQ;
}
export function minQualityCode(): i32 {
  return minQ;
}
export function maxQualityCode(): i32 {
  return maxQ;
}
export function firstHighQualityLine(): f64 {
  return firstHighLine;
}
export function errorCode(): i32 {
  return errCode;
}
export function errorLine(): f64 {
  return errLine;
}
export function errorColumn(): f64 {
  return errColumn;
}
export function errorByte(): i32 {
  return errByte;
}
export function errorQualityLength(): f64 {
  return errA;
}
export function errorSequenceLength(): f64 {
  return errB;
}
export function errorRelatedLine(): f64 {
  return errC;
}
export function currentTitlePtr(): usize {
  return titlePtr;
}
export function currentTitleLength(): i32 {
  return titleLen;
}
export function currentTitleLine(): f64 {
  return titleLine;
}
export function capturePtr(): usize {
  return CAPTURE;
}
export function captureLength(): i32 {
  return captureLen;
}
export function captureTruncated(): i32 {
  return captureTrunc ? 1 : 0;
}
