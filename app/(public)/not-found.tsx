import { PublicNotFoundMessage } from "@/lib/ui/public/not-found";

/**
 * 404 boundary of the public pages, for a `notFound()` rendered on the client. The pages answer
 * their own 404s with `PublicNotFound` (lib/ui/public/not-found.tsx explains why), which shows
 * this same message in the server-rendered HTML.
 */
export default function PublicNotFoundBoundary() {
  return <PublicNotFoundMessage />;
}
