// Sums the JSON reports of vitest and Playwright into one `N passed, N failed` line.
import fs from "node:fs";

const failedStages = process.argv[2] ?? "";
let passed = 0;
let failed = 0;
let skipped = 0;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

for (const file of ["test-results/unit.json", "test-results/integration.json"]) {
  const r = readJson(file);
  if (!r) continue;
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
const pw = readJson("test-results/e2e.json");
if (pw?.stats) {
  passed += pw.stats.expected ?? 0;
  failed += (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0);
  skipped += pw.stats.skipped ?? 0;
}
if (failedStages) console.log(`failed stages: ${failedStages}`);
// A failed stage that ran no test (lint, typecheck, build) still fails the run.
if (failedStages && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || failedStages ? 1 : 0);
