import { describe, expect, it } from "vitest";
import { DEFAULT_WAF_CONFIG } from "./config";
import { extractTargets, FINDING, parseCookies, parseUrlEncoded } from "./targets";
import type { WafInput } from "./types";

const limits = DEFAULT_WAF_CONFIG.limits;
const headers = DEFAULT_WAF_CONFIG.inspectedHeaders;
const req = (over: Partial<WafInput>): WafInput => ({ method: "GET", path: "/", rawQuery: "", headers: {}, ...over });
const byName = (input: WafInput) =>
  Object.fromEntries(extractTargets(input, headers, limits).targets.map((t) => [t.name, t.value]));

describe("query extraction", () => {
  it("splits names and values, decoding '+' as space and %XX once", () => {
    expect(parseUrlEncoded("q=union+select&x=%2527&flag")).toEqual([
      ["q", "union select"],
      ["x", "%27"],
      ["flag", ""],
    ]);
    const t = byName(req({ rawQuery: "q=a+b&n%61me=v" }));
    expect(t["query:q"]).toBe("a b");
    expect(t["query-name:name"]).toBe("name");
  });
});

describe("header and cookie extraction", () => {
  it("lower-cases header names and splits cookies into names and values", () => {
    expect(parseCookies("a=1; b=x=y;c")).toEqual([
      ["a", "1"],
      ["b", "x=y"],
      ["c", ""],
    ]);
    const t = byName(req({ headers: { "User-Agent": "curl/8", Cookie: "sid=abc; theme=dark", Authorization: "Bearer x" } }));
    expect(t["header:user-agent"]).toBe("curl/8");
    expect(t["cookie-name:theme"]).toBe("theme");
    expect(t["cookie:sid"]).toBe("abc");
    expect(t["header:authorization"]).toBeUndefined();
  });
});

describe("JSON bodies", () => {
  it("walks nested objects and arrays value by value, keys included, with JSON pointers", () => {
    const text = JSON.stringify({ title: "x", steps: [{ body: "run" }, { body: "wait", "a/b": "k" }], n: 3 });
    const t = byName(req({ method: "POST", body: { contentType: "application/json; charset=utf-8", text } }));
    expect(t["json:/title"]).toBe("x");
    expect(t["json:/steps/0/body"]).toBe("run");
    expect(t["json:/steps/1/a~1b"]).toBe("k");
    expect(t["json-key:/steps/1/body"]).toBe("body");
    expect(t["json:/n"]).toBeUndefined();
  });
  it("reports depth and field-count overflows as findings, not exceptions", () => {
    const deep = `${"[".repeat(40)}"x"${"]".repeat(40)}`;
    const e1 = extractTargets(req({ method: "POST", body: { contentType: "application/json", text: deep } }), headers, limits);
    expect(e1.findings.map((f) => f.ruleId)).toContain(FINDING.jsonTooDeep);
    const many = JSON.stringify(Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, "v"])));
    const e2 = extractTargets(req({ method: "POST", body: { contentType: "application/json", text: many } }), headers, limits);
    expect(e2.findings.map((f) => f.ruleId)).toContain(FINDING.tooManyFields);
    expect(e2.targets.filter((t) => t.kind === "json-key").length).toBeLessThanOrEqual(limits.maxFields);
  });
  it("inspects only the first maxBodyBytes and flags the rest", () => {
    const big = "a".repeat(limits.maxBodyBytes + 10);
    const e = extractTargets(req({ method: "POST", body: { contentType: "text/plain", text: big } }), headers, limits);
    expect(e.findings.map((f) => f.ruleId)).toContain(FINDING.bodyTooLarge);
    expect(e.targets.find((t) => t.kind === "body")?.value.length).toBeLessThanOrEqual(limits.maxValueChars);
  });
});

describe("form and multipart bodies", () => {
  it("decodes form fields like the query", () => {
    const t = byName(req({ method: "POST", body: { contentType: "application/x-www-form-urlencoded", text: "a=1+2&b=%3Cx%3E" } }));
    expect(t["form:a"]).toBe("1 2");
    expect(t["form:b"]).toBe("<x>");
  });
  it("extracts multipart text fields, file names and part headers", () => {
    const text =
      "--XyZ\r\nContent-Disposition: form-data; name=\"project\"\r\n\r\n42\r\n" +
      "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reads.fa\"\r\nContent-Type: text/plain\r\n\r\n>seq1\nACGT\r\n--XyZ--\r\n";
    const e = extractTargets(req({ method: "POST", body: { contentType: "multipart/form-data; boundary=XyZ", text } }), headers, limits);
    const t = Object.fromEntries(e.targets.map((x) => [x.name, x.value]));
    expect(t["multipart:project"]).toBe("42");
    expect(t["multipart-filename:file"]).toBe("reads.fa");
    expect(t["multipart:file"]).toBe(">seq1\nACGT");
    expect(e.findings).toEqual([]);
  });
  it("flags a multipart body without boundary or closing delimiter", () => {
    const e = extractTargets(req({ method: "POST", body: { contentType: "multipart/form-data", text: "x" } }), headers, limits);
    expect(e.findings.map((f) => f.ruleId)).toContain(FINDING.multipartInvalid);
  });
});
