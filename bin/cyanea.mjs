#!/usr/bin/env node
// `npx cyanea <command> …` — the project's TypeScript CLI (lib/cli/main.ts), loaded through tsx
// with the project's tsconfig so `@/…` imports resolve from any working directory.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { main } = await tsImport(path.join(root, "lib", "cli", "main.ts"), {
  parentURL: import.meta.url,
  tsconfig: path.join(root, "tsconfig.json"),
});
process.exitCode = await main(process.argv.slice(2));
