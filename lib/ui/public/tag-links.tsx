import { categoryHref } from "./links";
import Link from "next/link";

/** Tags as links to their category pages. */
export function TagLinks({ tags }: { tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tags" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link prefetch={false} className="tag" href={categoryHref("tag", tag)}>
            {tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
