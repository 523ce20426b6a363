import { formatApiKey } from "@/lib/domain/api-key-format";

/**
 * The demo accounts: a contract shared with the README, `npm start`'s banner, tests, e2e journeys
 * and benchmarks. Development credentials only; they are never created against a DATABASE_URL
 * unless CYANEA_SEED=demo asks for it.
 */
export interface DemoAccount {
  email: string;
  password: string;
  /** Full API key string (`Authorization: Bearer <apiKey>`), read + write scopes. */
  apiKey: string;
  role: "researcher" | "admin";
}

export const DEMO_RESEARCHER_KEY_PREFIX = "demoresearch";
export const DEMO_RESEARCHER_KEY_SECRET = "q7m2kx9vd4tn8wz3hc6pj5rf0ya1sbge";
export const DEMO_ADMIN_KEY_PREFIX = "demoadmin000";
export const DEMO_ADMIN_KEY_SECRET = "a3fz8nw1ct6ky0rv5qm9dx2jh7pe4ugl";

/** Ines Carvalho: owns the Coronavirus Genomics Unit, is a member of the structural biology lab. */
export const DEMO_RESEARCHER = {
  email: "researcher@cyanea.test",
  password: "cyanea-demo-researcher",
  name: "Ines Carvalho",
  handle: "ines-carvalho",
  role: "researcher",
  apiKey: formatApiKey(DEMO_RESEARCHER_KEY_PREFIX, DEMO_RESEARCHER_KEY_SECRET),
} as const satisfies DemoAccount & { name: string; handle: string };

export const DEMO_ADMIN = {
  email: "admin@cyanea.test",
  password: "cyanea-demo-admin",
  name: "Henrik Aalto",
  handle: "henrik-aalto",
  role: "admin",
  apiKey: formatApiKey(DEMO_ADMIN_KEY_PREFIX, DEMO_ADMIN_KEY_SECRET),
} as const satisfies DemoAccount & { name: string; handle: string };

/**
 * Password shared by the other seeded researchers (colleagues of the demo researcher), so e2e tests
 * can sign in as a non-member of a lab. Same caveat: development only.
 */
export const DEMO_COLLEAGUE_PASSWORD = "cyanea-demo-colleague";

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: DEMO_RESEARCHER.email, password: DEMO_RESEARCHER.password, apiKey: DEMO_RESEARCHER.apiKey, role: DEMO_RESEARCHER.role },
  { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password, apiKey: DEMO_ADMIN.apiKey, role: DEMO_ADMIN.role },
];
