import type { Metadata } from "next";
import { SpaceListPage } from "@/lib/ui/spaces/space-pages";

export const metadata: Metadata = { title: "Spaces" };

export default function Page() {
  return <SpaceListPage />;
}
