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
  // Public pages render from the latest snapshot (never the database), so a CDN may cache them.
  async headers() {
    const cdn = [{ key: "Cache-Control", value: "public, s-maxage=300, stale-while-revalidate=86400" }];
    return ["/", "/explore", "/explore/:kind/:value", "/trending", "/datasets/:slug", "/protocols/:slug", "/labs/:slug", "/spaces/:slug"].map((source) => ({
      source,
      headers: cdn,
    }));
  },
};

export default nextConfig;
