import { describe, expect, it } from "vitest";
import { normalizeAppUrl, rewriteAppLinks } from "./app-links";

const CRAWL = "http://127.0.0.1:4000";
const PUBLIC = "https://cdn.example";
const opts = (appUrl: string | null) => ({ base: `${CRAWL}/datasets/x`, origins: [CRAWL, PUBLIC], appUrl });

/** The public header and footer as the pages render them (next/link output). */
const PAGE = [
  '<header class="topbar"><nav><a href="/">Cyanea</a><ul><li><a href="/explore">Explore</a></li></ul>',
  '<div class="topnav-account"><a href="/signin">Sign in</a></div></nav></header>',
  '<main><a class="btn" href="/signup">Create an account</a><a class="btn btn-primary" href="/signin?next=%2Fdatasets%2Fx">Sign in to analyse</a>',
  `<a href="${PUBLIC}/app/spaces/s#view">absolute app link</a><a href="https://elsewhere.example/signin">elsewhere</a>`,
  '<a href="mailto:lab@example.org">mail</a><a href="/datasets/y">Y</a><a href="../app/keys">relative</a></main>',
].join("");

describe("rewriteAppLinks", () => {
  it("points every link into the app at the app's address, keeping query and fragment", () => {
    const { html, appPaths } = rewriteAppLinks(PAGE, opts("https://app.example.org"));
    expect(appPaths).toEqual(["/signin", "/signup", "/signin", "/app/spaces/s", "/app/keys"]);
    expect(html).toContain('<div class="topnav-account"><a href="https://app.example.org/signin">Sign in</a></div>');
    expect(html).toContain('<a class="btn" href="https://app.example.org/signup">Create an account</a>');
    expect(html).toContain('href="https://app.example.org/signin?next=%2Fdatasets%2Fx"');
    expect(html).toContain('<a href="https://app.example.org/app/spaces/s#view">absolute app link</a>');
    expect(html).toContain('<a href="https://app.example.org/app/keys">relative</a>');
    // Public pages, other sites and other schemes are untouched.
    expect(html).toContain('<a href="/explore">Explore</a>');
    expect(html).toContain('<a href="/datasets/y">Y</a>');
    expect(html).toContain('<a href="https://elsewhere.example/signin">elsewhere</a>');
    expect(html).toContain('<a href="mailto:lab@example.org">mail</a>');
  });

  it("leaves the links out, text included, when there is no app address", () => {
    const { html, appPaths } = rewriteAppLinks(PAGE, opts(null));
    expect(appPaths).toHaveLength(5);
    expect(html).not.toMatch(/Sign in|Create an account|absolute app link|relative/);
    expect(html).toContain('<div class="topnav-account"></div>');
    expect(html).toContain('<a href="/explore">Explore</a><');
    expect(html).toContain('<a href="https://elsewhere.example/signin">elsewhere</a><a href="mailto:lab@example.org">mail</a><a href="/datasets/y">Y</a></main>');
  });

  it("handles quoting, entities and tags that merely look like links", () => {
    const html = [
      "<a class='x' href='/signin' title=\"a > b\">single</a>",
      '<a href="/app/datasets?a=1&amp;b=2">amp</a>',
      '<link rel="alternate" href="/api/datasets"/>',
      '<abbr title="x">ok</abbr><a name="top">anchor</a>',
    ].join("");
    const rewritten = rewriteAppLinks(html, opts("https://app.example.org/"));
    expect(rewritten.html).toContain("<a class='x' href=\"https://app.example.org/signin\" title=\"a > b\">single</a>");
    expect(rewritten.html).toContain('href="https://app.example.org/app/datasets?a=1&amp;b=2"');
    expect(rewritten.html).toContain('<link rel="alternate" href="https://app.example.org/api/datasets"/>');
    const removed = rewriteAppLinks(html, opts(null)).html;
    expect(removed).toBe('<abbr title="x">ok</abbr><a name="top">anchor</a>');
  });

  it("does not touch script, style and comment bodies", () => {
    const html = '<script>self.__next_f.push([1,"<a href=\\"/signin\\">x</a>"])</script><style>a[href="/signin"]{}</style><!-- <a href="/signin">c</a> --><a href="/signin">real</a>';
    const { html: out, appPaths } = rewriteAppLinks(html, opts(null));
    expect(appPaths).toEqual(["/signin"]);
    expect(out).toBe('<script>self.__next_f.push([1,"<a href=\\"/signin\\">x</a>"])</script><style>a[href="/signin"]{}</style><!-- <a href="/signin">c</a> -->');
  });

  it("keeps same-document links, even in a page fetched from an app path (the not-found probe)", () => {
    const html = '<a class="skip-link" href="#main">Skip to content</a><a href="/signin">Sign in</a>';
    const probe = { base: `${CRAWL}/--cyanea-not-found--`, origins: [CRAWL, PUBLIC] };
    expect(rewriteAppLinks(html, { ...probe, appUrl: null }).html).toBe('<a class="skip-link" href="#main">Skip to content</a>');
    expect(rewriteAppLinks(html, { ...probe, appUrl: "https://app.example.org" }).html).toBe('<a class="skip-link" href="#main">Skip to content</a><a href="https://app.example.org/signin">Sign in</a>');
  });

  it("returns a page without app links unchanged", () => {
    const html = '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/a.css"/></head><body><a href="/trending">T</a></body></html>';
    expect(rewriteAppLinks(html, opts(null))).toEqual({ html, appPaths: [] });
  });
});

describe("normalizeAppUrl", () => {
  it("accepts an absolute http(s) address, without a trailing slash; nothing for unset or empty", () => {
    expect(normalizeAppUrl(undefined)).toBeNull();
    expect(normalizeAppUrl("  ")).toBeNull();
    expect(normalizeAppUrl("https://app.example.org/")).toBe("https://app.example.org");
    expect(normalizeAppUrl("http://localhost:3000")).toBe("http://localhost:3000");
    expect(normalizeAppUrl("https://example.org/cyanea/")).toBe("https://example.org/cyanea");
  });

  it("refuses anything else, naming the variable", () => {
    for (const bad of ["app.example.org", "/signin", "ftp://x.org", "https://x.org/?a=1", "https://x.org/#f", "https://u:p@x.org"]) {
      expect(() => normalizeAppUrl(bad), bad).toThrow(/CYANEA_APP_URL/);
    }
  });
});
