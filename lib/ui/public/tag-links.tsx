import { categoryHref } from "./links";
import Link from "next/link";

/** Tags as links to their category pages; `linked={false}` for protocol and space tags, which have none (categories are dataset tags). */
export function TagLinks({ tags, linked = true }: { tags: readonly string[]; linked?: boolean }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          {linked ? (
            <Link prefetch={false} className="tag" href={categoryHref("tag", tag)}>
              {tag}
            </Link>
          ) : (
            <span className="tag">{tag}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
