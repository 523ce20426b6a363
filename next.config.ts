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
};

export default nextConfig;
