import type { Visibility } from "@/lib/domain/access";

/** Public / Private pill. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  return <span className={`badge badge-${visibility}`}>{visibility === "public" ? "Public" : "Private"}</span>;
}

/** Published / Draft pill from `publishedAt`. */
export function PublishBadge({ publishedAt }: { publishedAt: string | null }) {
  return publishedAt ? <span className="badge badge-published">Published</span> : <span className="badge badge-draft">Draft</span>;
}

/** A file format in small caps. */
export function FormatBadge({ format }: { format: string }) {
  return <span className="badge badge-format">{format}</span>;
}

/** Tags as a list of chips. */
export function TagList({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
