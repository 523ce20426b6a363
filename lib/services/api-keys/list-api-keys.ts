import { listApiKeys } from "@/db/queries/users";
import type { ApiKeyDto } from "@/lib/domain/api-types";
import { type ServiceContext, requireUser } from "../context";
import { toApiKeyDto } from "./api-key-dto";

/** The caller's API keys, newest first, revoked ones included. */
export async function listMyApiKeys(ctx: ServiceContext): Promise<ApiKeyDto[]> {
  const userId = requireUser(ctx);
  return (await listApiKeys(ctx.db, userId)).map(toApiKeyDto);
}
