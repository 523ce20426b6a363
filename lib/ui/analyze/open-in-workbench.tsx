import Link from "next/link";

/** Link from a space to the workbench, which restores its settings and re-runs them in the browser. */
export function OpenInWorkbenchLink({ slug, className = "btn" }: { slug: string; className?: string }) {
  return (
    <Link className={className} href={`/app/analyze?space=${encodeURIComponent(slug)}`}>
      Open in workbench
    </Link>
  );
}
