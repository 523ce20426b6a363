#!/usr/bin/env node
// Compiles every AssemblyScript kernel `wasm/<name>.ts` to `wasm/build/<name>.wasm` and copies
// it to `public/wasm/<name>.wasm` (served to browser workers). Runs on `npm install`
// (postinstall), before `next build`, and in `npm test`. A module is rebuilt only when a source
// under wasm/ is newer than its output, so repeated runs cost nothing. Usage:
//   node scripts/build-wasm.mjs [--force] [name…]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = path.join(root, "wasm");
const outDir = path.join(srcDir, "build");
const publicDir = path.join(root, "public", "wasm");

// Kernels are raw-memory modules: the stub runtime (bump allocator, no GC), SIMD on (Node 20 and
// every current browser run v128), assertions off in the hot loops.
const FLAGS = ["-O3", "--runtime", "stub", "--enable", "simd", "--noAssert"];

function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "build") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  walk(srcDir);
  // The compiler flags live in this script: changing them rebuilds every module.
  return Math.max(newest, fs.statSync(fileURLToPath(import.meta.url)).mtimeMs);
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const only = args.filter((a) => !a.startsWith("--"));
  const kernels = fs
    .readdirSync(srcDir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => f.slice(0, -3))
    .filter((name) => only.length === 0 || only.includes(name));
  fs.mkdirSync(outDir, { recursive: true });
  fs.mkdirSync(publicDir, { recursive: true });
  const sourcesChanged = newestSource();
  const { default: asc } = await import("assemblyscript/asc");
  let built = 0;
  for (const name of kernels) {
    const out = path.join(outDir, `${name}.wasm`);
    const pub = path.join(publicDir, `${name}.wasm`);
    if (!force && mtime(out) >= sourcesChanged && mtime(pub) >= mtime(out)) continue;
    const { error, stderr } = await asc.main([path.join("wasm", `${name}.ts`), "-o", path.join("wasm", "build", `${name}.wasm`), ...FLAGS], {
      stdout: process.stdout,
    });
    if (error) {
      process.stderr.write(stderr.toString());
      throw new Error(`wasm: ${name} failed to compile: ${error.message}`);
    }
    fs.copyFileSync(out, pub);
    built++;
  }
  if (built > 0) console.log(`wasm: built ${built} of ${kernels.length} kernel${kernels.length === 1 ? "" : "s"}`);
}

process.chdir(root);
main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
