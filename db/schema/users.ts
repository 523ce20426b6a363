import { sql } from "drizzle-orm";
import { type AnyPgColumn, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { userRole } from "./enums";

/** Accounts. `passwordHash` is null for accounts that only sign in through OIDC. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    handle: text("handle").notNull(),
    passwordHash: text("password_hash"),
    oidcSubject: text("oidc_subject"),
    role: userRole("role").notNull().default("researcher"),
    affiliation: text("affiliation"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_uq").on(sql`lower(${t.email})`),
    uniqueIndex("users_handle_uq").on(t.handle),
    uniqueIndex("users_oidc_subject_uq").on(t.oidcSubject),
    index("users_created_idx").on(t.createdAt),
  ],
);

/** API keys: only a SHA-256 of the secret part is stored; `prefix` is the public key id shown in lists. */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    scopes: text("scopes").array().notNull().default(sql`ARRAY['read','write']::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Requests allowed per UTC day; null → the server default (`CYANEA_API_KEY_DAILY_QUOTA`). */
    dailyQuota: integer("daily_quota"),
    /** The key that minted this one (null when made in a browser session); revoking it revokes this. */
    parentKeyId: uuid("parent_key_id").references((): AnyPgColumn => apiKeys.id, { onDelete: "set null" }),
  },
  (t) => [uniqueIndex("api_keys_prefix_uq").on(t.prefix), index("api_keys_user_idx").on(t.userId, t.createdAt), index("api_keys_parent_idx").on(t.parentKeyId)],
);

/**
 * Requests per API key per UTC day, counted by one atomic upsert per request: exact across every
 * app instance sharing the database (the edge's token buckets are per process).
 */
export const apiKeyUsage = pgTable(
  "api_key_usage",
  {
    apiKeyId: uuid("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    day: date("day", { mode: "string" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.day] })],
);

/**
 * Sessions ended by signing out. Session JWTs are stateless, so a copied cookie would stay valid
 * until it expires; the API and the app check this list (by the token's `sid`) on every request.
 * Rows are useless after `expires_at` (the JWT's own expiry) and are pruned.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text("sid").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);
