import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, DEMO_RESEARCHER, call } from "./client";

const targets = inject("targets");

describe.each(targets)("admin export trigger on $name", (target) => {
  it("is for admins only", async () => {
    expect((await call(target, "/api/admin/exports", { method: "POST" })).status).toBe(401);
    expect((await call(target, "/api/admin/exports", { method: "POST", key: DEMO_RESEARCHER.apiKey })).status).toBe(403);
    expect((await call(target, "/api/admin/exports", { key: DEMO_RESEARCHER.apiKey })).status).toBe(403);
  });

  it("starts an export, records it, and switches latest to a snapshot without private data", async () => {
    const started = await call(target, "/api/admin/exports", { method: "POST", key: DEMO_ADMIN.apiKey });
    expect([202, 409]).toContain(started.status);
    const runId = (started.data.runId as string | null) ?? null;
    let overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
    for (let i = 0; i < 120 && overview.data.running; i++) {
      await new Promise((r) => setTimeout(r, 250));
      overview = await call(target, "/api/admin/exports", { key: DEMO_ADMIN.apiKey });
    }
    const runs = overview.data.runs as Array<{ id: string; status: string; trigger: string }>;
    if (runId) expect(runs.find((r) => r.id === runId)?.status).toBe("succeeded");
    const latest = overview.data.latest as { snapshotId: string } | null;
    expect(latest).not.toBeNull();
    const dir = path.join(target.dataDir, "exports", latest!.snapshotId);
    const text = fs
      .readdirSync(dir)
      .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    expect(text).toContain("sars-cov-2-wuhan-hu-1-reference");
    expect(text).not.toContain("@cyanea.test");
    expect(text).not.toContain("sars-cov-2-orf-annotation-review"); // a private seeded dataset
  });
});
