/**
 * Client JavaScript a first visit to an app route loads, read from the production build: the
 * root main files of `build-manifest.json` (runtime, router, React) plus every entry chunk the
 * route's layouts, not-found boundaries and page list in its `page_client-reference-manifest.js`.
 * Sizes raw and gzip (zlib's default level 6, what a compressing server or CDN sends).
 * Polyfills are left out: they load only in browsers without ES modules (`nomodule`).
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export interface RouteClientJs {
  /** App directory path of the page, e.g. `/(public)/datasets/[slug]`. */
  route: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/** The page's client reference manifest: a script that assigns `globalThis.__RSC_MANIFEST[route]`. */
function clientManifest(distDir: string, route: string): ClientReferenceManifest {
  const file = path.join(distDir, "server", "app", ...route.split("/").filter(Boolean), "page_client-reference-manifest.js");
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST: Record<string, ClientReferenceManifest> } = { __RSC_MANIFEST: {} };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file, timeout: 1000 });
  const manifests = Object.values(sandbox.__RSC_MANIFEST);
  if (manifests.length !== 1) throw new Error(`${file}: expected one manifest, found ${manifests.length}`);
  return manifests[0]!;
}

/** The JS files a first load of `route` fetches and their total raw and gzip sizes. */
export function routeClientJs(distDir: string, route: string): RouteClientJs {
  const build = readJson<{ rootMainFiles?: string[] }>(path.join(distDir, "build-manifest.json"));
  const files = new Set<string>(build.rootMainFiles ?? []);
  for (const chunks of Object.values(clientManifest(distDir, route).entryJSFiles ?? {})) for (const f of chunks) files.add(f);
  let rawBytes = 0;
  let gzipBytes = 0;
  const list = [...files].filter((f) => f.endsWith(".js")).sort();
  for (const f of list) {
    const bytes = fs.readFileSync(path.join(distDir, f));
    rawBytes += bytes.length;
    gzipBytes += zlib.gzipSync(bytes).length;
  }
  return { route, files: list, rawBytes, gzipBytes };
}
