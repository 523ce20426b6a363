import { createHmac } from "node:crypto";
import { createPipelineConfig } from "@/lib/edge/config";
import { resolveClientIp } from "@/lib/edge/stages/rate-limit";
import type { ServiceContext } from "../context";

const clientIpConfig = createPipelineConfig().rateLimit;

/**
 * Who downloads, for counting each person once a day in trending: the user id when signed in, else
 * a keyed hash of the client address (resolved as the edge does: the trusted proxy hop, else the
 * address the server stamped). The address itself is never stored.
 */
export function downloadActorKey(ctx: Pick<ServiceContext, "principal">, req: Request): string {
  if (ctx.principal.kind === "user") return `u:${ctx.principal.userId}`;
  const ip = resolveClientIp(req.headers, clientIpConfig);
  return `a:${createHmac("sha256", process.env.AUTH_SECRET ?? "cyanea").update(ip).digest("hex").slice(0, 32)}`;
}
