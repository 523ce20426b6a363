import type { Metadata } from "next";
import { NewSpaceForm } from "@/lib/ui/spaces/space-form";

export const metadata: Metadata = { title: "New space" };

export default function Page() {
  return <NewSpaceForm />;
}
