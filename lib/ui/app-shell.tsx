import type { ReactNode } from "react";
import { Providers } from "./providers";
import { TopNav } from "./top-nav";

/**
 * Chrome of the interactive areas (researcher app, admin, sign-in/up): the query client and the
 * client-side header. Public catalogue pages do not use it, so they ship no react-query code.
 */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <Providers>
      <TopNav />
      {children}
    </Providers>
  );
}
