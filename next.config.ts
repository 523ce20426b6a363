import path from "node:path";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships its own wasm/data files and postgres.js opens sockets: keep both out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "busboy"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // Separate build dirs let two checkouts or test builds coexist; default stays .next.
  distDir: process.env.CYANEA_DIST_DIR ?? ".next",
  experimental: {},
  // Prerendered public pages are cached per data dir (and public origin), validated against the
  // snapshot `latest` points at: see lib/page-cache/page-cache-handler.mjs.
  cacheHandler: path.join(process.cwd(), "lib", "page-cache", "page-cache-handler.mjs"),
  cacheMaxMemorySize: 0,
  // Public pages render from the latest snapshot (never the database), so a CDN may cache them.
  // Next sends its own `s-maxage=31536000` for static pages unless a header is set here first
  // (send-payload keeps a Cache-Control already on the response), so this one wins.
  async headers() {
    const cdn = [{ key: "Cache-Control", value: "public, s-maxage=300, stale-while-revalidate=86400" }];
    // No page may be framed by another site (clickjacking: a hidden frame over Delete or Revoke key).
    const noFraming = {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    };
    const publicPages = ["/", "/explore", "/explore/:kind/:value", "/trending", "/datasets/:slug", "/protocols/:slug", "/labs/:slug", "/spaces/:slug"].map((source) => ({
      source,
      headers: cdn,
    }));
    return [noFraming, ...publicPages];
  },
};

export default nextConfig;
