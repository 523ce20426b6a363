import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/db";
import { resolvePrincipal } from "@/lib/auth/principal";
import type { ServiceContext } from "./context";

/** The service context of a server-rendered page: the caller from the request's session cookie. */
export async function pageServiceContext(): Promise<ServiceContext> {
  const incoming = await headers();
  const requestId = incoming.get("x-request-id") ?? crypto.randomUUID();
  // resolvePrincipal reads credentials from a Request; pages carry only the session cookie.
  const req = new Request("http://page.internal/", { headers: { cookie: incoming.get("cookie") ?? "" } });
  const { db } = await getDb();
  const now = new Date();
  const { principal, memberships } = await resolvePrincipal(req, db, now);
  return { db, principal, memberships, now, requestId };
}
