import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cyanea", template: "%s · Cyanea" },
  description: "Cyanea — a bioinformatics platform where the browser does the heavy lifting.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1720" },
  ],
};

// The root layout reads no session and mounts no client providers: public pages below it stay
// static and light. The interactive areas wrap themselves in `AppShell`; the signed-in area
// (`app/app/layout.tsx`) checks the session itself.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
