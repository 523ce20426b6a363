import { describe, expect, inject, it } from "vitest";
import { DEMO_RESEARCHER } from "./client";

const targets = inject("targets");

/** A tiny cookie jar: name → value from Set-Cookie headers (expired ones removed). */
function absorb(jar: Map<string, string>, res: Response): void {
  for (const line of res.headers.getSetCookie()) {
    const [pair = "", ...attrs] = line.split(";");
    const eq = pair.indexOf("=");
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
    if (expired || value === "") jar.delete(name);
    else jar.set(name, value);
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([n, v]) => `${n}=${v}`).join("; ");

async function csrf(url: string, jar: Map<string, string>): Promise<string> {
  const res = await fetch(`${url}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar) } });
  absorb(jar, res);
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

describe.each(targets)("sessions on $name", (target) => {
  it("signing out revokes the session: a copy of the old cookie no longer authenticates", async () => {
    const jar = new Map<string, string>();
    const signInToken = await csrf(target.url, jar); // before the headers below read the jar
    const signIn = await fetch(`${target.url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
      body: new URLSearchParams({ email: DEMO_RESEARCHER.email, password: DEMO_RESEARCHER.password, csrfToken: signInToken, callbackUrl: "/app" }),
    });
    expect(signIn.status).toBe(302);
    absorb(jar, signIn);
    const sessionCookie = [...jar].find(([name]) => name.includes("authjs.session-token"));
    expect(sessionCookie, "session cookie").toBeDefined();
    const stolen = `${sessionCookie![0]}=${sessionCookie![1]}`;

    const me = await fetch(`${target.url}/api/me`, { headers: { cookie: stolen } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(DEMO_RESEARCHER.email);

    const signOutToken = await csrf(target.url, jar);
    const signOut = await fetch(`${target.url}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
      body: new URLSearchParams({ csrfToken: signOutToken, callbackUrl: "/" }),
    });
    expect(signOut.status).toBe(302);

    const replay = await fetch(`${target.url}/api/me`, { headers: { cookie: stolen } });
    expect(replay.status).toBe(401);
    expect(replay.headers.get("content-type")).toBe("application/problem+json");
    // The researcher app treats it as signed out too.
    const page = await fetch(`${target.url}/app`, { headers: { cookie: stolen }, redirect: "manual" });
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).toBeLessThan(400);
    expect(page.headers.get("location")).toContain("/signin");
  });
});
