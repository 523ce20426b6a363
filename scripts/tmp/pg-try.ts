import { startPostgres } from "../../tests/harness/postgres-server";
const t0 = performance.now();
const s = await startPostgres();
console.log("started", Math.round(performance.now() - t0), s.url);
const { default: postgres } = await import("postgres");
const sql = postgres(s.url, { onnotice: () => {} });
console.log(await sql`select version(), current_setting('fsync') f, current_setting('listen_addresses') la`);
await s.pause();
try { await sql`select 1`; console.log("unexpected ok"); } catch (e) { console.log("paused err:", (e as Error).message); }
await s.resume();
for (let i = 0; i < 10; i++) { try { console.log(await sql`select 1 as one`); break; } catch (e) { console.log("retry", (e as Error).message); await new Promise(r => setTimeout(r, 200)); } }
await sql.end();
await s.stop();
console.log("exists after stop:", (await import("node:fs")).existsSync(s.dir), Math.round(performance.now() - t0));
