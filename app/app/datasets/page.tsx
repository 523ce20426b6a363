import type { Metadata } from "next";
import { Suspense } from "react";
import { LoadingState } from "@/lib/ui/components/query-state";
import { DatasetListPage } from "@/lib/ui/datasets/dataset-list-page";

export const metadata: Metadata = { title: "Datasets" };

export default function Page() {
  return (
    <Suspense fallback={<LoadingState label="Loading datasets…" />}>
      <DatasetListPage />
    </Suspense>
  );
}
