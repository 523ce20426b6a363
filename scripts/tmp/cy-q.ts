import postgres from "postgres";
const sql = postgres(process.env.DATABASE_URL!, { onnotice: () => {} });
const q = process.argv[2]!;
console.log(await sql.unsafe(q));
await sql.end();
