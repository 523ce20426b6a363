import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_RESEARCHER } from "../db/seed/demo-accounts";

const genbank = path.resolve(import.meta.dirname, "..", "db", "seed", "data", "NC_005816.gb");

test("a researcher signs in, uploads a real GenBank file and sees its features", async ({ page }) => {
  await page.goto("/app");
  await expect(page).toHaveURL(/\/signin/);
  // A wrong password keeps what was typed in the email field.
  await page.getByLabel("Email").fill(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toContainText("Wrong email or password");
  await expect(page.getByLabel("Email")).toHaveValue(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/app");

  await page.goto("/app/datasets/new");
  const slug = `pPCP1-e2e-${Date.now().toString(36)}`.toLowerCase();
  await page.getByLabel("Title").fill("Yersinia pestis pPCP1 plasmid, uploaded in the browser");
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Files").setInputFiles(genbank);
  await page.getByRole("button", { name: "Upload dataset" }).click();

  await expect(page).toHaveURL(new RegExp(`/app/datasets/${slug}$`), { timeout: 30_000 });
  await expect(page.getByText("NC_005816.gb").first()).toBeVisible();
  // Parsed preview: the feature table lists CDS features with their genes and products.
  await expect(page.getByRole("cell", { name: "putative transposase" }).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("cell", { name: "rop" }).first()).toBeVisible();
  await expect(page.getByText("circular").first()).toBeVisible();
});

test("a malformed upload shows the parser's line in the error", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/app");
  await page.goto("/app/datasets/new");
  await page.getByLabel("Title").fill("Broken FASTQ");
  await page.getByLabel("Files").setInputFiles({ name: "reads.fastq", mimeType: "text/plain", buffer: Buffer.from("@r1\nACGT\n+\nII\n") });
  await page.getByRole("button", { name: "Upload dataset" }).click();
  await expect(page.getByText(/reads\.fastq: FASTQ line \d+/)).toBeVisible({ timeout: 20_000 });
});
