import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { getDb } from "@/db";
import { revokeSession } from "@/db/queries/sessions";
import { findUserByEmail, findUserById, findUserByOidcSubject } from "@/db/queries/users";
import { log } from "@/lib/log/logger";
import { verifyPassword } from "./password";
import { linkOidcAccount } from "./oidc-account";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}

function oidcProvider(): Provider | null {
  const issuer = process.env.AUTH_OIDC_ISSUER;
  const clientId = process.env.AUTH_OIDC_CLIENT_ID;
  const clientSecret = process.env.AUTH_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: "oidc",
    name: process.env.AUTH_OIDC_NAME ?? "ORCID",
    type: "oidc",
    issuer,
    clientId,
    clientSecret,
    authorization: { params: { scope: process.env.AUTH_OIDC_SCOPE ?? "openid" } },
  };
}

/** Whether the optional OIDC provider is configured (the sign-in page shows its button). */
export function oidcEnabled(): { id: string; name: string } | null {
  const p = oidcProvider();
  return p ? { id: "oidc", name: process.env.AUTH_OIDC_NAME ?? "ORCID" } : null;
}

const credentials = Credentials({
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(raw) {
    const email = typeof raw?.email === "string" ? raw.email.trim() : "";
    const password = typeof raw?.password === "string" ? raw.password : "";
    if (!email || !password || password.length > 256) throw new InvalidCredentials();
    const { db } = await getDb();
    const user = await findUserByEmail(db, email);
    // Verify against a dummy hash when the user is unknown, so timing does not reveal which emails exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !user.passwordHash || !ok) throw new InvalidCredentials();
    return { id: user.id, email: user.email, name: user.name };
  },
});

const SESSION_MAX_AGE_SEC = 7 * 24 * 3600;

const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export const authConfig: NextAuthConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SEC },
  pages: { signIn: "/signin" },
  providers: [credentials, ...(oidcProvider() ? [oidcProvider() as Provider] : [])],
  // Auth.js logs a stack trace for every wrong password; a failed sign-in is an expected answer
  // (the form says so, the edge counts attempts), so it gets one warn line without the email.
  logger: {
    error(error) {
      // Auth.js errors carry their kind in `type` (class names are minified in the production build).
      const type = (error as { type?: string }).type ?? error.name;
      if (error instanceof CredentialsSignin || type === "CredentialsSignin") log.warn("sign-in refused", { code: "credentials_signin" });
      else if (type === "MissingCSRF") log.warn("auth request without its CSRF token refused", { code: "auth_missing_csrf" });
      else log.error("auth error", { code: "auth_error", error: `${type}: ${error.message}` });
    },
    warn(code) {
      log.warn("auth warning", { code: `auth_${code}` });
    },
    debug() {},
  },
  callbacks: {
    async jwt({ token, user, account, profile }) {
      // A new sign-in gets its own id, so signing out can revoke exactly this session.
      if (user || account) token.sid = crypto.randomUUID();
      if (account?.provider === "oidc" && profile?.sub) {
        const { db } = await getDb();
        const linked =
          (await findUserByOidcSubject(db, profile.sub)) ?? (await linkOidcAccount(db, profile.sub, profile.email ?? null, profile.name ?? null));
        token.sub = linked.id;
        token.role = linked.role;
        token.name = linked.name;
        token.email = linked.email;
      } else if (user?.id) {
        const { db } = await getDb();
        const row = await findUserById(db, user.id);
        token.sub = user.id;
        token.role = row?.role ?? "researcher";
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      (session.user as { role?: string }).role = (token.role as string | undefined) ?? "researcher";
      if (typeof token.sid === "string") session.sid = token.sid;
      return session;
    },
  },
  events: {
    // JWT sessions are stateless: without this, a copied cookie would outlive the sign-out.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (!token || typeof token.sid !== "string") return;
      const expiresAt = typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_MAX_AGE_SEC * 1000);
      const { db } = await getDb();
      await revokeSession(db, token.sid, expiresAt, new Date());
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
