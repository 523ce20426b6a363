/**
 * Starts a throwaway PostgreSQL for manual runs (bulk seed, benchmarks) and keeps it up until
 * Ctrl-C / SIGTERM, then removes it:
 *   npx tsx tests/harness/postgres-cli.ts [--port N]
 * Prints `DATABASE_URL=…` on the first line of stdout so scripts can read it.
 */
import { parseArgs } from "node:util";
import { startPostgres } from "./postgres-server";

const { values } = parseArgs({ args: process.argv.slice(2), options: { port: { type: "string" } }, strict: true });
const server = await startPostgres(values.port ? { port: Number(values.port) } : {});
console.log(`DATABASE_URL=${server.url}`);
console.error(`postgres running in ${server.dir}; Ctrl-C to stop and remove it`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
// Keep the event loop alive until a signal arrives.
setInterval(() => {}, 1 << 30);
