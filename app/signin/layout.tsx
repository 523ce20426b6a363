import type { ReactNode } from "react";
import { AppShell } from "@/lib/ui/app-shell";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
