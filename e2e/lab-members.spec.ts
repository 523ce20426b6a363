import { expect, test, type Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_RESEARCHER } from "../db/seed/demo-accounts";
import { SEED_LABS } from "../db/seed/demo-people";

async function signInAsResearcher(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO_RESEARCHER.email);
  await page.getByLabel("Password").fill(DEMO_RESEARCHER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/app");
}

// The demo researcher owns this seeded lab, and is a plain member of the other one.
const ownedLab = SEED_LABS.find((lab) => lab.owner === DEMO_RESEARCHER.handle)!;
const memberOfLab = SEED_LABS.find((lab) => lab.owner !== DEMO_RESEARCHER.handle && lab.members.includes(DEMO_RESEARCHER.handle))!;

test("a researcher creates a lab and adds the demo admin as a member", async ({ page }) => {
  await signInAsResearcher(page);
  await page.goto("/app/labs");
  await page.getByRole("button", { name: "New lab" }).click();
  const form = page.getByRole("form", { name: "New lab" });
  const name = `Reef Metagenomics ${Date.now().toString(36)}`;

  // A taken slug (409) is reported on the slug field itself.
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Slug").fill(ownedLab.slug);
  await form.getByRole("button", { name: "Create lab" }).click();
  await expect(page.locator("#lab-slug-error")).toContainText(`“${ownedLab.slug}” is taken`);
  await expect(form.getByLabel("Slug")).toHaveAttribute("aria-invalid", "true");

  const slug = `reef-e2e-${Date.now().toString(36)}`;
  await form.getByLabel("Slug").fill(slug);
  await form.getByLabel("Institution").fill("Southern Ocean Field Station Consortium");
  await form.getByRole("radio", { name: /Private/ }).check();
  await form.getByRole("button", { name: "Create lab" }).click();

  await expect(page).toHaveURL(new RegExp(`/app/labs/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("you: owner")).toBeVisible();
  const members = page.getByRole("list", { name: "Members" });
  await expect(members.getByText(DEMO_RESEARCHER.name)).toBeVisible();

  // An email without an account: the API's 404 message, on the email field.
  await page.getByLabel("Email").fill("nobody-here@cyanea.test");
  await page.getByRole("button", { name: "Save member" }).click();
  // Next's route announcer is an alert too: match the form's problem by its text.
  await expect(page.getByRole("alert").filter({ hasText: "Could not save the membership" })).toContainText("No account uses the email");
  await expect(page.locator("#member-email-error")).toContainText("no account with this email");

  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Role", { exact: true }).selectOption("member");
  await page.getByRole("button", { name: "Save member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Added ${DEMO_ADMIN.name} as a member.` })).toBeVisible();
  await expect(members.getByText(DEMO_ADMIN.name)).toBeVisible();
  await expect(page.getByText("2 members")).toBeVisible();

  // Still listed after a reload: it came from the server, not the form.
  await page.reload();
  await expect(page.getByRole("list", { name: "Members" }).getByText(DEMO_ADMIN.name)).toBeVisible();

  // The only owner cannot leave: the API's 409 is shown.
  await page.getByRole("button", { name: "Leave lab" }).click();
  await page.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Could not remove the member" })).toContainText("A lab needs at least one owner");

  // Same route, existing member: the role changes.
  await page.getByLabel("Email").fill(DEMO_ADMIN.email);
  await page.getByLabel("Role", { exact: true }).selectOption("owner");
  await page.getByRole("button", { name: "Save member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${DEMO_ADMIN.name} is now an owner.` })).toBeVisible();
  await expect(members.getByRole("listitem").filter({ hasText: DEMO_ADMIN.name }).getByText("owner", { exact: true })).toBeVisible();
  // The earlier 409 does not linger beside the later success.
  await expect(page.getByRole("alert").filter({ hasText: "Could not remove the member" })).toHaveCount(0);

  // Roles also change from the member's row.
  const adminRow = members.getByRole("listitem").filter({ hasText: DEMO_ADMIN.name });
  await adminRow.getByRole("button", { name: "Make member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${DEMO_ADMIN.name} is now a member.` })).toBeVisible();
  await expect(adminRow.getByText("member", { exact: true })).toBeVisible();
  await adminRow.getByRole("button", { name: "Make owner" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${DEMO_ADMIN.name} is now an owner.` })).toBeVisible();
  await expect(adminRow.getByText("owner", { exact: true })).toBeVisible();

  // With a second owner, an owner can remove the other.
  await members.getByRole("listitem").filter({ hasText: DEMO_ADMIN.name }).getByRole("button", { name: "Remove" }).click();
  await page.getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Removed ${DEMO_ADMIN.name} from the lab.` })).toBeVisible();
  await expect(members.getByText(DEMO_ADMIN.name)).toHaveCount(0);
});

test("a plain member sees the member list read-only and may only leave", async ({ page }) => {
  await signInAsResearcher(page);
  await page.goto(`/app/labs/${memberOfLab.slug}`);
  await expect(page.getByText("you: member")).toBeVisible();
  const members = page.getByRole("list", { name: "Members" });
  await expect(members.getByText(DEMO_RESEARCHER.name)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Remove|Make (owner|member)/ })).toHaveCount(0);
  // One Leave button, on their own row.
  await expect(page.getByRole("button", { name: "Leave lab" })).toHaveCount(1);
  await expect(members.getByRole("listitem").filter({ hasText: "(you)" }).getByRole("button", { name: "Leave lab" })).toBeVisible();
});
