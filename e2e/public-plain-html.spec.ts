import { expect, test, type Page } from "@playwright/test";

/** Records every script the page requests and every script error or console error. */
function watch(page: Page): { scripts: string[]; errors: string[] } {
  const seen = { scripts: [] as string[], errors: [] as string[] };
  page.on("request", (r) => {
    if (r.resourceType() === "script") seen.scripts.push(r.url());
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") seen.errors.push(m.text());
  });
  return seen;
}

/**
 * The public catalogue is plain HTML: no page loads a script, and every link is a full page load
 * that lands on the right page. The sign-in link leads out of the catalogue to a page that does
 * load the app's scripts.
 */
test("public pages load no script and work by full page loads", async ({ page }) => {
  const seen = watch(page);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Recently published datasets" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Explore" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/explore");
  await page.locator(".category-list a").first().click();
  await expect(page).toHaveURL(/\/explore\/(?:format|organism|tag)\/[^/]+$/);
  await page.locator('main a[href^="/datasets/"]').first().click();
  await expect(page).toHaveURL(/\/datasets\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Trending" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/trending");

  expect(seen.scripts).toEqual([]);
  expect(seen.errors).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/signin");
  await expect(page.getByLabel("Email")).toBeVisible();
  expect(seen.scripts.length).toBeGreaterThan(0);
});

/**
 * From a page that runs the app's client router, a link into the catalogue is still a client-side
 * navigation: the router fetches the public page's RSC payload (kept whole by the page cache).
 */
test("the app's client router still navigates into a public page", async ({ page }) => {
  const seen = watch(page);
  // The top navigation's logo link prefetches the payload, so the request may come before the click.
  const rscRequests: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["rsc"] === "1") rscRequests.push(new URL(r.url()).pathname);
  });
  await page.goto("/signin");
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
  await page.getByRole("link", { name: "Cyanea" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/");
  await expect(page.getByRole("region", { name: "Recently published datasets" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(rscRequests).toContain("/");
  expect(seen.errors).toEqual([]);
});
