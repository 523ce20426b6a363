import "server-only";
import type { Db } from "@/db";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import { uniqueHandle } from "./handles";

/**
 * First OIDC sign-in: create an account bound to the provider's subject. An existing password
 * account with the same email is NOT linked automatically — an unverified email claim must not
 * take over an account — so the new account gets a handle of its own and no email collision.
 */
export async function linkOidcAccount(db: Db, subject: string, email: string | null, name: string | null) {
  const existing = email ? await findUserByEmail(db, email) : undefined;
  const safeEmail = !email || existing ? `${subject.replace(/[^a-zA-Z0-9.-]/g, "-")}@oidc.invalid` : email;
  return insertUser(db, {
    email: safeEmail,
    name: name ?? subject,
    handle: await uniqueHandle(db, name ?? subject),
    oidcSubject: subject,
    passwordHash: null,
  });
}
