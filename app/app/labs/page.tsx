import type { Metadata } from "next";
import { LabsPage } from "@/lib/ui/labs/labs-page";

export const metadata: Metadata = { title: "Labs" };

export default function Page() {
  return <LabsPage />;
}
