import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, DEMO_RESEARCHER } from "../db/seed/demo-accounts";

/**
 * The public pages are static (rendered once per snapshot) and follow the exports: a dataset the
 * researcher publishes is absent until the admin exports from /admin/exports, and right after the
 * export succeeds it is on its public page and in the landing page's "recently published" list.
 */
test("an admin-triggered export puts a newly published dataset on the public pages", async ({ page, request }) => {
  const slug = `freshness-e2e-${Date.now().toString(36)}`;
  const title = `Freshness e2e ${slug}`;
  const auth = { authorization: `Bearer ${DEMO_RESEARCHER.apiKey}` };

  // Published through the API with the researcher's key (metadata fields before the file, as the upload route streams them).
  const created = await request.post("/api/datasets", {
    headers: auth,
    multipart: { title, slug, visibility: "public", description: "Checks that the public pages follow the exports.", file: { name: "fresh.fasta", mimeType: "text/plain", buffer: Buffer.from(">fresh\nACGTACGTAC\n") } },
  });
  expect(created.status(), await created.text()).toBe(201);
  expect((await request.post(`/api/datasets/${slug}/publish`, { headers: auth })).status()).toBe(200);

  // Not on the static site yet: the current snapshot predates it.
  expect((await page.goto(`/datasets/${slug}`))?.status()).toBe(404);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Password").fill(DEMO_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/app");

  await page.goto("/admin/exports");
  const button = page.getByRole("button", { name: "Export now" });
  // The start-up export may still be running: the button is enabled once it has finished.
  await expect(button).toBeEnabled({ timeout: 30_000 });
  const before = (await page.getByRole("region", { name: "Current snapshot" }).locator("code").textContent().catch(() => null)) ?? null;
  await button.click();
  const newest = page.getByRole("table").locator("tbody tr").first();
  await expect(newest).toContainText("admin", { timeout: 30_000 });
  await expect(newest).toContainText("succeeded", { timeout: 30_000 });
  const snapshotId = (await newest.locator("code").textContent())!.trim();
  expect(snapshotId).not.toBe(before);
  await expect(page.getByRole("region", { name: "Current snapshot" })).toContainText(snapshotId, { timeout: 30_000 });
  // The run and the snapshot say what they hold; the header knows who is signed in.
  await expect(newest).toContainText(/\d[\d,]* datasets, \d[\d,]* protocols/);
  await expect(page.getByRole("region", { name: "Current snapshot" })).toContainText(/\d[\d,]* datasets/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  const datasetPage = await page.goto(`/datasets/${slug}`);
  expect(datasetPage?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".snapshot-note time")).toHaveCount(1);

  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recently published datasets" });
  await expect(recent.getByRole("link", { name: title })).toBeVisible();
  await recent.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/datasets/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});
