import "server-only";
import { cache } from "react";
import { serverConfig } from "@/lib/config/env";
import { loadLatestSnapshot, type Snapshot } from "./reader";

/**
 * The latest snapshot for the current render. Memoised per request with React `cache()`, so a
 * page and its `generateMetadata` see the same snapshot even if an export switches `latest`.
 */
export const currentSnapshot: () => Promise<Snapshot | null> = cache(() => loadLatestSnapshot(serverConfig().dataDir));
