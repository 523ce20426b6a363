import { wafInputOfFields } from "@/lib/edge/stages/waf";
import { DEFAULT_WAF_CONFIG } from "@/lib/edge/waf/config";
import { inspectRequest } from "@/lib/edge/waf/engine";
import { AppError } from "@/lib/errors/app-error";
import { log } from "@/lib/log/logger";
import type { ServiceContext } from "../context";

/**
 * The WAF for a dataset upload. Uploads stream past the edge (middleware matcher), so the route
 * inspects what the edge would have: path, query, headers and the form's text fields (file
 * contents are data, not inspected). Same rules, thresholds and exclusions as the edge; a block
 * answers 403 with the request id and never the rule details.
 */
export function assertUploadFieldsPass(ctx: ServiceContext, req: Request, fields: Record<string, string>): void {
  const result = inspectRequest(wafInputOfFields(req, fields), DEFAULT_WAF_CONFIG);
  if (result.action === "allow") return;
  const ruleIds = [...new Set(result.matched.map((m) => m.ruleId))];
  log.warn("upload fields inspected", { requestId: ctx.requestId, code: result.action === "block" ? "waf_block" : "waf_warn", score: result.score, ruleIds });
  if (result.action === "block") {
    throw new AppError("forbidden", "The request was blocked by the web application firewall. Quote the request id when reporting a false positive.");
  }
}
