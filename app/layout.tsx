import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/lib/ui/providers";
import { TopNav } from "@/lib/ui/top-nav";
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

// The root layout reads no session: public pages below it stay static. The signed-in area
// (`app/app/layout.tsx`) checks the session itself.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <TopNav />
          {children}
        </Providers>
      </body>
    </html>
  );
}
