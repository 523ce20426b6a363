import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AppShell } from "@/lib/ui/app-shell";

/** Admin area: signed-in administrators only (the API checks the role again on every call). */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent("/admin/exports")}`);
  if (user.role !== "admin") {
    return (
      <AppShell>
        <main id="main" className="container">
          <h1>Administrators only</h1>
          <p>Your account does not have access to the admin area.</p>
        </main>
      </AppShell>
    );
  }
  return (
    <AppShell>
      <main id="main" className="container">
        {children}
      </main>
    </AppShell>
  );
}
