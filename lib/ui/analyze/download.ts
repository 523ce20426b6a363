import type { ExportFile } from "./export-formats";

/** Saves a result file through a Blob object URL (nothing leaves the browser). */
export function downloadExport(file: ExportFile): void {
  const blob = new Blob([file.content()], { type: `${file.mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; revoking synchronously can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
