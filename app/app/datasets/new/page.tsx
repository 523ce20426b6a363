import type { Metadata } from "next";
import { DatasetUploadForm } from "@/lib/ui/datasets/dataset-upload-form";

export const metadata: Metadata = { title: "Upload dataset" };

export default function Page() {
  return <DatasetUploadForm />;
}
