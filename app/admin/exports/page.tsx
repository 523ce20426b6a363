import type { Metadata } from "next";
import { ExportsAdmin } from "@/lib/ui/admin/exports-admin";

export const metadata: Metadata = { title: "Exports" };

export default function Page() {
  return <ExportsAdmin />;
}
