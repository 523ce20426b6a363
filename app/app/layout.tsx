import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { AppShell } from "@/lib/ui/app-shell";

// Reading the session (cookies) makes every page under /app dynamic, per request.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  // Encoded like any query value: `/signin?callbackUrl=%2Fapp`.
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent("/app")}`);
  return (
    <AppShell>
      <main id="main" className="container">
        {children}
      </main>
    </AppShell>
  );
}
