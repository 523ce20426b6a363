import "server-only";
import { auth } from "./auth-config";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: "researcher" | "admin";
}

/** The signed-in user of the current request (from the session JWT), or null. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const u = session?.user;
  if (!u?.id) return null;
  return { id: u.id, email: u.email ?? "", name: u.name ?? "", role: u.role === "admin" ? "admin" : "researcher" };
}
