import type { Metadata } from "next";
import { Suspense } from "react";
import { LoadingState } from "@/lib/ui/components/query-state";
import { ProtocolListPage } from "@/lib/ui/protocols/protocol-list-page";

export const metadata: Metadata = { title: "Protocols" };

export default function Page() {
  return (
    <Suspense fallback={<LoadingState label="Loading protocols…" />}>
      <ProtocolListPage />
    </Suspense>
  );
}
