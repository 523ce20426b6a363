import { apiKeyUsageOn } from "@/db/queries/api-keys";
import { listApiKeys } from "@/db/queries/users";
import { utcDay } from "@/lib/auth/api-key-quota";
import { serverConfig } from "@/lib/config/env";
import type { ApiKeyDto } from "@/lib/domain/api-types";
import { type ServiceContext, requireUser } from "../context";
import { toApiKeyDto } from "./api-key-dto";

/** The caller's API keys, newest first, revoked ones included, with today's request counts. */
export async function listMyApiKeys(ctx: ServiceContext): Promise<ApiKeyDto[]> {
  const userId = requireUser(ctx);
  const rows = await listApiKeys(ctx.db, userId);
  const usage = await apiKeyUsageOn(ctx.db, rows.map((r) => r.id), utcDay(ctx.now));
  const defaultQuota = serverConfig().apiKeyDailyQuota;
  return rows.map((row) => toApiKeyDto(row, { defaultQuota, usedToday: usage.get(row.id) ?? 0 }));
}
