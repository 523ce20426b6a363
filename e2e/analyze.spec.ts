import { createWriteStream, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { expect, test, type Locator, type Page, type Request } from "@playwright/test";
import { DEMO_RESEARCHER } from "../db/seed/demo-accounts";

const seedData = path.resolve(import.meta.dirname, "..", "db", "seed", "data");
const genomeFasta = path.join(seedData, "NC_005816.fna");
const genomeGenBank = path.join(seedData, "NC_005816.gb");
const hbaHbb = path.resolve(import.meta.dirname, "fixtures", "S-O01-hba_hbb.fasta");

/** FASTA records of a file: id → sequence (upper case, no whitespace). */
function readFasta(file: string): Array<{ id: string; sequence: string }> {
  const records: Array<{ id: string; sequence: string }> = [];
  for (const block of readFileSync(file, "utf8").split(/^>/m).slice(1)) {
    const [header = "", ...lines] = block.split(/\r?\n/);
    records.push({ id: header.split(/\s+/)[0] ?? "", sequence: lines.join("").replace(/\s+/g, "").toUpperCase() });
  }
  return records;
}

const genome = readFasta(genomeFasta)[0]?.sequence ?? "";

/** NCBI table 11 amino acids in TCAG codon order (same as the standard code for translation). */
const TABLE_11 = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG";
function translateFrame1(sequence: string, residues: number): string {
  const index: Record<string, number> = { T: 0, C: 1, A: 2, G: 3 };
  let protein = "";
  for (let i = 0; i + 3 <= sequence.length && protein.length < residues; i += 3) {
    const [a, b, c] = [index[sequence[i] ?? ""], index[sequence[i + 1] ?? ""], index[sequence[i + 2] ?? ""]];
    protein += a === undefined || b === undefined || c === undefined ? "X" : TABLE_11[a * 16 + b * 4 + c];
  }
  return protein;
}

async function signIn(page: Page): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/app");
}

/** The result panel of one operation once it has finished. */
async function finished(page: Page, op: string, timeout = 60_000): Promise<Locator> {
  const section = page.locator(`details[data-op="${op}"]`);
  await expect(section).toHaveAttribute("data-status", "done", { timeout });
  return section;
}

/** Every 20-mer of the genome (both strands), to look for in outgoing requests. */
function genomeKmers(sequence: string): Set<string> {
  const complement: Record<string, string> = { A: "T", C: "G", G: "C", T: "A" };
  const reverse = [...sequence].reverse().map((c) => complement[c] ?? "N").join("");
  const kmers = new Set<string>();
  for (const s of [sequence, reverse]) for (let i = 0; i + 20 <= s.length; i++) kmers.add(s.slice(i, i + 20));
  return kmers;
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

function carriesSequence(text: string, kmers: ReadonlySet<string>): boolean {
  const upper = text.toUpperCase();
  for (let i = 0; i + 20 <= upper.length; i++) if (kmers.has(upper.slice(i, i + 20))) return true;
  return false;
}

test.describe("analysis workbench", () => {
  test("analyses the pPCP1 plasmid in the browser and never sends its sequence", async ({ page }) => {
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));
    await signIn(page);
    await page.goto("/app/analyze");
    await expect(page.getByText("Runs locally in your browser — your sequence is not uploaded")).toBeVisible();
    await expect(page.getByText("No results yet.")).toBeVisible();

    await page.getByLabel("File for sequence A", { exact: true }).setInputFiles(genomeFasta);
    await expect(page.getByText("NC_005816.fna", { exact: true })).toBeVisible();

    // Statistics (on by default), translation, ORFs and a digest in one run.
    await page.getByRole("checkbox", { name: "Translation" }).check();
    await page.locator("#op-translate-table").selectOption("11");
    await page.locator("#op-translate-frame").selectOption("1");
    await page.getByRole("checkbox", { name: "Open reading frames" }).check();
    await page.locator("#op-orfs-table").selectOption("11");
    await page.locator("#op-orfs-starts").selectOption("alternative");
    await page.locator("#op-orfs-min").fill("50");
    await page.getByRole("checkbox", { name: "Restriction digest" }).check();
    await expect(page.locator("#op-digest-enzyme-EcoRI")).toBeChecked();
    await expect(page.locator("#op-digest-enzyme-BamHI")).toBeChecked();
    await page.locator("#op-digest-circular").check();
    await page.getByRole("button", { name: "Run", exact: true }).click();

    const stats = await finished(page, "stats");
    await expect(stats.getByText("9,609 bp").first()).toBeVisible();
    const acgt = [...genome].filter((c) => "ACGT".includes(c)).length;
    const gc = [...genome].filter((c) => c === "G" || c === "C").length;
    const gcText = ((100 * gc) / acgt).toFixed(2);
    expect(gcText).toBe("45.26");
    await expect(stats.getByText(`${gcText} %`).first()).toBeVisible();

    const translation = await finished(page, "translate");
    const firstLine = (await translation.locator("pre").first().textContent())?.split("\n")[0] ?? "";
    expect(firstLine).toBe(translateFrame1(genome, 60));

    // The first annotated CDS (87..1109, plus strand): an ORF must end at its stop codon.
    const cds = /^\s+CDS\s+(\d+)\.\.(\d+)\s*$/m.exec(readFileSync(genomeGenBank, "utf8"));
    const cdsEnd = Number(cds?.[2]);
    expect(cdsEnd).toBe(1109);
    const orfs = await finished(page, "orfs");
    const ends = await orfs.locator("table tbody tr").evaluateAll((rows) => rows.map((row) => ({ end: row.children[2]?.textContent ?? "", strand: row.children[3]?.textContent ?? "" })));
    expect(ends.some((r) => Number(r.end.replace(/,/g, "")) === cdsEnd && r.strand === "+")).toBe(true);

    // EcoRI (GAATTC) and BamHI (GGATCC) are palindromes: one regex over the circular sequence counts every site.
    const circular = genome + genome.slice(0, 5);
    const siteCount = [...circular.matchAll(/(?=(GAATTC|GGATCC))/g)].length;
    const digest = await finished(page, "digest");
    await expect(digest.getByText(`${siteCount.toLocaleString("en-US")} cut sites in 1 record.`)).toBeVisible();

    // Save the settings as a space: only metadata leaves the browser.
    await page.getByLabel("Space title").fill(`pPCP1 workbench ${Date.now().toString(36)}`);
    await page.getByRole("button", { name: "Save as space" }).click();
    const saved = page.getByRole("status").filter({ hasText: "Saved:" });
    await expect(saved).toBeVisible({ timeout: 20_000 });
    const reopen = await saved.getByRole("link", { name: "this link" }).getAttribute("href");
    expect(reopen).toMatch(/^\/app\/analyze\?space=/);

    const kmers = genomeKmers(genome);
    const leaks = requests.filter((r) => carriesSequence(safeDecode(r.url()), kmers) || carriesSequence(r.postDataBuffer()?.toString("latin1") ?? "", kmers));
    expect(leaks.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(requests.some((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/spaces")).toBe(true);

    // Reopening the space restores the chosen operations.
    await page.goto(reopen ?? "/app/analyze");
    await expect(page.getByText(/Its saved operations are restored/)).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("checkbox", { name: "Translation" })).toBeChecked();
    await expect(page.locator("#op-orfs-starts")).toHaveValue("alternative");
  });

  test("aligns HBA_HUMAN with HBB_HUMAN as EMBOSS water does", async ({ page }) => {
    const [hba, hbb] = readFasta(hbaHbb);
    expect(hba?.id).toBe("HBA_HUMAN");
    expect(hbb?.id).toBe("HBB_HUMAN");
    await signIn(page);
    await page.goto("/app/analyze");
    await page.getByLabel("Paste sequence A", { exact: true }).fill(`>${hba?.id}\n${hba?.sequence}\n`);
    await page.getByRole("button", { name: "Add a second sequence (B)" }).click();
    await page.getByLabel("Paste sequence B", { exact: true }).fill(`>${hbb?.id}\n${hbb?.sequence}\n`);
    await page.getByRole("checkbox", { name: "Statistics" }).uncheck();
    await page.getByRole("checkbox", { name: /Pairwise alignment/ }).check();
    await page.locator("#op-align-mode").selectOption("local");
    await page.locator("#op-align-matrix").selectOption("EBLOSUM62");
    await page.locator("#op-align-open").fill("10");
    await page.locator("#op-align-extend").fill("0.5");
    await page.getByRole("button", { name: "Run", exact: true }).click();

    const align = await finished(page, "align");
    const summary = align.getByLabel("Alignment summary");
    await expect(summary).toContainText("Score:");
    await expect(summary).toContainText("293.5");
    await expect(summary).toContainText("63/145 (43.4%)");
    await expect(align.locator("pre.analyze-alignment")).toContainText("HBA_HUMAN          3 LSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHF-DLS-     50");
  });

  test("a seeded space reopens its digest on the dataset's file and gets the CLI's fragments", async ({ page }) => {
    await signIn(page);
    await page.goto("/app/analyze?space=ppcp1-ecori-bamhi-digest");
    await expect(page.getByText("Its saved operations are restored.")).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(/Running on NC_005816\.fna/)).toBeVisible();
    const run = page.getByRole("button", { name: "Run", exact: true });
    if (await page.locator('details[data-op="digest"]').count() === 0 || (await page.locator('details[data-op="digest"]').getAttribute("data-status")) !== "done") await run.click();
    const digest = await finished(page, "digest");
    // `cyanea digest NC_005816.fna --enzymes EcoRI,BamHI --circular`: fragments of 1416, 4938, 1853 and 1402 bp.
    for (const size of ["1,416", "4,938", "1,853", "1,402"]) await expect(digest.getByRole("cell", { name: size, exact: true }).first()).toBeVisible();
  });

  test("a Phred+64 FASTQ gets the encoding message, not a crashed worker", async ({ page }) => {
    await signIn(page);
    await page.goto("/app/analyze");
    const reads = "@r1\nACGTACGTAC\n+\nhhhhhhhhhh\n@r2\nACGTACGTAC\n+\ngggggggggg\n";
    await page.getByLabel("Paste sequence A", { exact: true }).fill(reads);
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const stats = page.locator('details[data-op="stats"]');
    await expect(stats).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
    await expect(stats.getByText(/look like Phred\+64/).first()).toBeVisible();
    await expect(stats.getByRole("button", { name: "Retry" })).toHaveCount(0);
  });

  test("a malformed paste shows the line and column of the problem", async ({ page }) => {
    await signIn(page);
    await page.goto("/app/analyze");
    await page.getByLabel("Paste sequence A", { exact: true }).fill(">ok\nACGT\nAC!GT\n");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    const stats = page.locator('details[data-op="stats"]');
    await expect(stats).toHaveAttribute("data-status", "failed", { timeout: 30_000 });
    await expect(stats.getByText(/line 3, column 3/).first()).toBeVisible();
  });

  test("a 100 MB FASTA is analysed without long tasks on the page", async ({ page }) => {
    test.setTimeout(300_000);
    const file = path.join(os.tmpdir(), `cyanea-e2e-100mb-${process.pid}.fa`);
    try {
      await writeLargeFasta(file, 100 * 1024 * 1024);
      await signIn(page);
      await page.goto("/app/analyze");
      await page.evaluate(() => {
        const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }> };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: "longtask" });
      });
      await page.getByLabel("File for sequence A", { exact: true }).setInputFiles(file);
      await expect(page.getByText(path.basename(file), { exact: true })).toBeVisible();
      const t0 = await page.evaluate(() => performance.now());
      await page.getByRole("button", { name: "Run", exact: true }).click();
      const stats = await finished(page, "stats", 240_000);
      await expect(stats.getByText("Records", { exact: true })).toBeVisible();
      const t1 = await page.evaluate(() => performance.now());
      const tasks = await page.evaluate(() => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks);
      const during = tasks.filter((t) => t.start + t.duration >= t0 && t.start <= t1);
      const max = during.reduce((m, t) => Math.max(m, t.duration), 0);
      test.info().annotations.push({ type: "long tasks", description: `${during.length} long tasks during ${((t1 - t0) / 1000).toFixed(1)} s of analysis; longest ${max.toFixed(0)} ms` });
      console.log(`analyze e2e: ${during.length} long tasks during ${((t1 - t0) / 1000).toFixed(1)} s; longest ${max.toFixed(0)} ms`);
      expect(max).toBeLessThanOrEqual(50);
    } finally {
      rmSync(file, { force: true });
    }
  });
});

/** A deterministic FASTA of about `bytes` bytes: 1 Mbp records, 80-column lines. */
async function writeLargeFasta(file: string, bytes: number): Promise<void> {
  const out = createWriteStream(file);
  let seed = 0x2f6b1d3;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const letters = "ACGT";
  let written = 0;
  let record = 0;
  while (written < bytes) {
    record += 1;
    const lines: string[] = [`>synthetic_${record} generated for the workbench long-task check`];
    for (let l = 0; l < 12_500; l++) {
      let line = "";
      for (let i = 0; i < 80; i += 16) {
        let r = next();
        for (let j = 0; j < 16; j++) {
          line += letters[r & 3];
          r >>>= 2;
        }
      }
      lines.push(line);
    }
    const chunk = `${lines.join("\n")}\n`;
    written += chunk.length;
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
