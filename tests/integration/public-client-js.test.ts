import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEMO_ADMIN, call, signInSession } from "./client";
import type { Target } from "./global-setup";

const targets = inject("targets");

const PUBLIC_SLUG = "sars-cov-2-wuhan-hu-1-reference";
const PUBLIC_TITLE = "SARS-CoV-2 Wuhan-Hu-1 reference genome (MN908947)";

/** Every `<script>` tag that runs (data blocks such as JSON-LD are not scripts), and every script preload hint. */
function clientScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => {
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    return type === "" || type === "module" || /javascript|ecmascript/.test(type);
  });
  const hints = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /rel=["']?modulepreload|as=["']?script/i.test(tag));
  return [...scripts, ...hints];
}

function nextScriptRefs(html: string): string[] {
  return [...html.matchAll(/\/_next\/static\/[^"'\s>]+\.js\b/g)].map((m) => m[0]);
}

async function latestSnapshotId(target: Target): Promise<string | null> {
  try {
    return path.basename(fs.readlinkSync(path.join(target.dataDir, "exports", "latest")));
  } catch {
    return null;
  }
}

/** Triggers an export and waits until `latest` names a snapshot other than `before`. */
async function exportAfter(target: Target, before: string | null): Promise<string> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const res = await call(target, "/api/admin/exports", { method: "POST", key: DEMO_ADMIN.apiKey });
    expect([202, 409]).toContain(res.status);
    for (let i = 0; i < 40; i++) {
      const id = await latestSnapshotId(target);
      if (id && id !== before) return id;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error("no new snapshot");
}


describe.each(targets)("public pages ship no client JavaScript ($name)", (target) => {
  it.each(["/", `/datasets/${PUBLIC_SLUG}`])("%s references no script and keeps its styles", async (pagePath) => {
    const res = await call<string>(target, pagePath);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/html/);
    expect(clientScripts(res.data)).toEqual([]);
    expect(nextScriptRefs(res.data)).toEqual([]);
    expect(res.data).not.toMatch(/__next_f|TURBOPACK/);
    if (pagePath !== "/") expect(res.data).toContain(PUBLIC_TITLE);
    const styles = [...res.data.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) {
      const css = await fetch(target.url + href);
      expect(css.status, href).toBe(200);
      expect(css.headers.get("content-type")).toMatch(/^text\/css/);
      await css.body?.cancel();
    }
  });

  it("strips the first render after an export too (the response that filled the cache)", async () => {
    await exportAfter(target, await latestSnapshotId(target));
    const first = await call<string>(target, "/");
    expect(first.status).toBe(200);
    // Where the app renders pages right after an export, "/" may already be in the cache.
    if (!target.warmsPages) expect(first.headers.get("x-nextjs-cache")).toBe("MISS");
    expect(clientScripts(first.data)).toEqual([]);
    const second = await call<string>(target, "/");
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.data).toBe(first.data);
  });

  it("serves the not-found page of unknown paths without scripts", async () => {
    const res = await call<string>(target, `/no-such-page-${Date.now().toString(36)}`);
    expect(res.status).toBe(404);
    expect(res.data).toContain("Not found");
    expect(clientScripts(res.data)).toEqual([]);
  });

  it.each(["/datasets/no-such-dataset", "/labs/no-such-lab", "/explore/tag/no-such-tag"])("serves the 404 of a missing public object (%s) as rendered HTML without scripts", async (prefix) => {
    // Not Next's empty `__next_error__` shell filled in on the client (lib/ui/public/not-found.tsx):
    // the message and the links back are in the document, so the page cache strips its scripts.
    const res = await call<string>(target, `${prefix}-${Date.now().toString(36)}`);
    expect(res.status).toBe(404);
    expect(res.type).toMatch(/^text\/html/);
    expect(res.data).not.toContain("__next_error__");
    expect(res.data).toContain("There is no public page here.");
    expect(res.data).toContain('href="/explore"');
    expect(res.data).toContain("<title>Not found · Cyanea</title>");
    expect(clientScripts(res.data)).toEqual([]);
    expect(nextScriptRefs(res.data)).toEqual([]);
    expect(res.data).not.toMatch(/__next_f|TURBOPACK/);
  });

  it("answers the app's client router for a missing public object with a 404 payload", async () => {
    // The app's router (sign-in page, signed-in area) opening a missing public URL in place sees the
    // 404 and loads the page in full (the rendered HTML above); the payload holds the same message.
    const res = await fetch(`${target.url}/datasets/no-such-dataset-rsc?_rsc=abc12`, { headers: { RSC: "1" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
    const payload = await res.text();
    expect(payload).toContain("There is no public page here.");
    expect(payload).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("still answers the app's client router with the page's RSC payload", async () => {
    const res = await fetch(`${target.url}/datasets/${PUBLIC_SLUG}?_rsc=abc12`, { headers: { RSC: "1" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-component/);
    expect(await res.text()).toContain(PUBLIC_TITLE);
  });

  it("keeps the scripts of pages outside the public catalogue (sign-in, the signed-in app)", async () => {
    const signin = await call<string>(target, "/signin");
    expect(signin.status).toBe(200);
    expect(nextScriptRefs(signin.data).length).toBeGreaterThan(0);
    const app = await fetch(`${target.url}/app/datasets/${PUBLIC_SLUG}`, { headers: { cookie: await signInSession(target) }, redirect: "manual" });
    expect(app.status).toBe(200);
    expect(nextScriptRefs(await app.text()).length).toBeGreaterThan(0);
  });
});
