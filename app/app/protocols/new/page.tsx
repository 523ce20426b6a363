import type { Metadata } from "next";
import { NewProtocolPage } from "@/lib/ui/protocols/protocol-editor-pages";

export const metadata: Metadata = { title: "New protocol" };

export default function Page() {
  return <NewProtocolPage />;
}
