import path from "node:path";
import { exportSnapshot, type ExportSummary } from "@/export/cli";
import { DEFAULT_RETAIN } from "@/export/runner";
import { buildSiteBundle, DEFAULT_MAX_PAGES } from "@/export/site/bundle";
import { serverConfig } from "@/lib/config/env";
import { intOption, parseCommandArgs } from "../args";
import { CliError, UsageError } from "../errors";
import type { CliIO } from "../io";
import type { CliCommand } from "../main";

const USAGE = "cyanea export [--data-dir DIR] [--retain N] [--site DIR [--site-only] [--url URL] [--max-pages N]]";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

interface Plan {
  dataDir: string;
  retain: number;
  site?: string;
  siteOnly: boolean;
  url?: string;
  maxPages: number;
}

export const command: CliCommand = {
  summary: [
    "Export the public snapshot into DIR/exports (--data-dir, default $CYANEA_DATA_DIR; DATABASE_URL → PostgreSQL, else",
    "PGlite in the data dir). With --site, also write the CDN bundle: every public page as static HTML with its assets",
    "and the snapshot JSON. --site-only bundles the current snapshot without exporting; --url crawls an app already",
    "serving the data dir instead of starting the built one. Absolute links use CYANEA_PUBLIC_URL.",
    "Exit 1 on failure, 2 on wrong usage or when another export is running.",
  ].join("\n"),
  usage: USAGE,
  async run(args, io) {
    const plan = parsePlan(args);
    // stdout carries only the JSON summary: the exporter's info lines would break `| jq`.
    const logLevel = process.env.CYANEA_LOG_LEVEL;
    process.env.CYANEA_LOG_LEVEL ??= "warn";
    try {
      return await exportAndBundle(plan, io);
    } finally {
      if (logLevel === undefined) delete process.env.CYANEA_LOG_LEVEL;
    }
  },
};

function parsePlan(args: string[]): Plan {
  const { values, positionals } = parseCommandArgs(args, {
    "data-dir": { type: "string" },
    retain: { type: "string" },
    site: { type: "string" },
    "site-only": { type: "boolean" },
    url: { type: "string" },
    "max-pages": { type: "string" },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"\nusage: ${USAGE}`);
  const cfg = serverConfig();
  const plan: Plan = {
    dataDir: values["data-dir"] ? path.resolve(values["data-dir"]) : cfg.dataDir,
    retain: intOption("retain", values.retain, DEFAULT_RETAIN, 1, 1000),
    site: values.site,
    siteOnly: values["site-only"] ?? false,
    url: values.url,
    maxPages: intOption("max-pages", values["max-pages"], DEFAULT_MAX_PAGES, 1, 10_000_000),
  };
  if (!plan.site && (plan.siteOnly || plan.url || values["max-pages"])) throw new UsageError(`--site-only, --url and --max-pages need --site DIR\nusage: ${USAGE}`);
  if (plan.url && !/^https?:\/\/[^/]+\/?$/.test(plan.url)) throw new UsageError(`--url must be an http(s) origin such as http://localhost:3000, got "${plan.url}"`);
  if (plan.url && !plan.siteOnly && !cfg.databaseUrl) {
    throw new UsageError("with embedded PGlite the running app owns the database: use --site-only with --url (the app exports on its own schedule)");
  }
  return plan;
}

async function exportAndBundle(plan: Plan, io: CliIO): Promise<number> {
  let exported: ExportSummary | null = null;
  if (!plan.siteOnly) {
    const result = await exportSnapshot({ dataDir: plan.dataDir, retain: plan.retain, pgliteDataDir: plan.dataDir });
    if ("status" in result) throw new CliError(`another export is running (run ${result.runId ?? "unknown"}); try again later`, 2);
    exported = result;
  }
  if (!plan.site) {
    io.stdout(`${JSON.stringify(exported, null, 2)}\n`);
    return 0;
  }
  const site = await buildSiteBundle({
    root,
    dataDir: plan.dataDir,
    outDir: plan.site,
    url: plan.url,
    publicUrl: process.env.CYANEA_PUBLIC_URL,
    maxPages: plan.maxPages,
    distDir: process.env.CYANEA_DIST_DIR,
  });
  if (/^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?$/.test(site.publicOrigin)) {
    io.stderr(`cyanea export: warning: the bundle's absolute URLs (sitemap, feed, canonical links) name ${site.publicOrigin}; set CYANEA_PUBLIC_URL to the site's public address\n`);
  }
  io.stdout(`${JSON.stringify({ export: exported, site }, null, 2)}\n`);
  return 0;
}
