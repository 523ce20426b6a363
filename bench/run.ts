/**
 * `npm run bench -- <name> [args…]` runs `bench/<name>.ts` with the remaining arguments, in this
 * process (already under tsx), so each benchmark reads `process.argv.slice(2)` as if run directly.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const [name, ...rest] = process.argv.slice(2);
const available = fs
  .readdirSync(benchDir)
  .filter((f) => f.endsWith(".ts") && f !== "run.ts" && !f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -3))
  .sort();

if (!name || !/^[a-z0-9][a-z0-9-]*$/.test(name) || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args…]\navailable: ${available.join(", ")}`);
  process.exit(name ? 1 : 0);
}

const file = path.join(benchDir, `${name}.ts`);
process.argv = [process.argv[0] ?? "node", file, ...rest];
await import(pathToFileURL(file).href);
