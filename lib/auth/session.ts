import "server-only";
import { getDb } from "@/db";
import { isSessionRevoked } from "@/db/queries/sessions";
import { auth } from "./auth-config";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "researcher" | "admin";
}

/**
 * Whether the session was signed out. Pages only use the session to choose what to render (data
 * comes through the API, which checks revocation itself and answers 503 without a database), so
 * an unreachable database here must not turn every page into an error: it counts as not revoked.
 */
async function revoked(sid: string): Promise<boolean> {
  try {
    const { db } = await getDb();
    return await isSessionRevoked(db, sid);
  } catch {
    return false;
  }
}

/** The signed-in user of the current request (from the session JWT), or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id) return null;
  const sid = session?.sid;
  if (sid && (await revoked(sid))) return null;
  return { id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role === "admin" ? "admin" : "researcher" };
}
