import fs from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "lib", "db", "export", "types", "public", "wasm"];
const SOURCE_FILES = ["next.config.ts", "middleware.ts", "package.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(root: string, distDir: string): boolean {
  let built: number;
  try {
    built = fs.statSync(path.join(root, distDir, "BUILD_ID")).mtimeMs;
  } catch {
    return true;
  }
  const newest = Math.max(...SOURCE_DIRS.map((d) => newestMtime(path.join(root, d))), ...SOURCE_FILES.map((f) => newestMtime(path.join(root, f))));
  return newest > built;
}
