import { describe, expect, it } from "vitest";
import { NO_CLIENT_JS_META_CONTENT, NO_CLIENT_JS_META_NAME, stripClientJs } from "./strip-client-js.mjs";

const MARKER = `<meta name="${NO_CLIENT_JS_META_NAME}" content="${NO_CLIENT_JS_META_CONTENT}"/>`;
const HEAD_KEEP = `<meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2"/>`;
const BODY_KEEP = `<header class="topbar"><a href="/signin">Sign in</a></header><main id="main"><h1>Dataset</h1></main>`;

/**
 * The shape of a public page as Next 16.5 (Turbopack) renders it: script chunks and a preload
 * hint in the head, the polyfill with `noModule`, Turbopack's chunk registration with id `_R_`,
 * and the flight data as `self.__next_f.push` scripts after the content (taken from a cached
 * `/datasets/<slug>` entry, payloads shortened).
 */
function nextPage({ marker = MARKER, extraBody = "" } = {}): string {
  return (
    `<!DOCTYPE html><html lang="en"><head>${HEAD_KEEP}<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/3b2e.js"/>` +
    `<script src="/_next/static/chunks/2d4i.js" async=""></script><script src="/_next/static/chunks/turbopack-27u2.js" async=""></script>` +
    `${marker}<title>Dataset · Cyanea</title><script src="/_next/static/chunks/0cz1.js" noModule=""></script></head>` +
    `<body><div hidden=""><!--$--><!--/$--></div>${BODY_KEEP}${extraBody}` +
    `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/3b2e.js"],"runtimeModuleIds":[94553]});</script>` +
    `<script src="/_next/static/chunks/3b2e.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
    `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\"\\u003c/script\\u003e\\"]"])</script></body></html>`
  );
}

const EXPECTED = `<!DOCTYPE html><html lang="en"><head>${HEAD_KEEP}${MARKER}<title>Dataset · Cyanea</title></head><body><div hidden=""><!--$--><!--/$--></div>${BODY_KEEP}</body></html>`;

describe("stripClientJs", () => {
  it("removes the framework's scripts, preload hints and flight data, and keeps styles, fonts and content", () => {
    const out = stripClientJs(nextPage());
    expect(out).toBe(EXPECTED);
    expect(out).not.toMatch(/<script|modulepreload|as="script"|__next_f|TURBOPACK/);
  });

  it("is idempotent", () => {
    const once = stripClientJs(nextPage())!;
    expect(stripClientJs(once)).toBe(once);
  });

  it("leaves a page without the marker alone (signed-in pages keep their JS)", () => {
    expect(stripClientJs(nextPage({ marker: "" }))).toBeNull();
    expect(stripClientJs(nextPage({ marker: `<meta name="${NO_CLIENT_JS_META_NAME}" content="some"/>` }))).toBeNull();
  });

  it("does not take marker text inside a comment, raw text or a script for the marker", () => {
    expect(stripClientJs(nextPage({ marker: `<!--${MARKER}-->` }))).toBeNull();
    expect(stripClientJs(nextPage({ marker: `<noscript>${MARKER}</noscript>` }))).toBeNull();
    expect(stripClientJs(nextPage({ marker: `<script type="text/plain">${MARKER}</script>` }))).toBeNull();
  });

  it("keeps data blocks such as JSON-LD", () => {
    const ld = `<script type="application/ld+json">{"@type":"Dataset","name":"x"}</script>`;
    expect(stripClientJs(nextPage({ extraBody: ld }))).toBe(EXPECTED.replace("</main>", `</main>${ld}`));
  });

  it("keeps the page whole when an unknown inline script might be needed (e.g. React revealing streamed content)", () => {
    const reveal = `<template id="B:0"></template><div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>`;
    expect(stripClientJs(nextPage({ extraBody: reveal }))).toBeNull();
    expect(stripClientJs(nextPage({ extraBody: `<script type="module">import "/x.js"</script>` }))).toBeNull();
  });

  it("removes external scripts of any executable type and modulepreload hints", () => {
    const extra = `<script type="module" src="/m.js"></script><SCRIPT TYPE="text/javascript" SRC="/n.js"></SCRIPT><link rel="modulepreload" href="/m.js">`;
    expect(stripClientJs(nextPage({ extraBody: extra }))).toBe(EXPECTED);
  });

  it("skips `>` inside quoted attribute values and `<script` inside raw text", () => {
    const style = `<style>.a::after{content:"<script src=x></script>"}</style><textarea><script>evil()</script></textarea>`;
    const link = `<a href="/x" title="a > b"><span>x</span></a>`;
    expect(stripClientJs(nextPage({ extraBody: style + link }))).toBe(EXPECTED.replace("</main>", `</main>${style}${link}`));
  });

  it("ends script data only at `</script` followed by whitespace, `/` or `>`", () => {
    const page = nextPage({ extraBody: `<script>self.__next_f.push([1,"</scripts> not the end"])</script >` });
    expect(stripClientJs(page)).toBe(EXPECTED);
  });

  it("refuses markup it cannot follow: unclosed comment, tag, script or raw text", () => {
    const base = nextPage();
    expect(stripClientJs(base.replace("</body>", "<!-- never closed</body>"))).toBeNull();
    expect(stripClientJs(base.replace("</body>", `<a href="/x</body>`))).toBeNull();
    expect(stripClientJs(`${MARKER}<script src="/a.js">`)).toBeNull();
    expect(stripClientJs(`${MARKER}<script>self.__next_f.push([1,"x"])</scrip`)).toBeNull();
    expect(stripClientJs(`${MARKER}<title>never closed`)).toBeNull();
  });

  it("returns null for empty and non-string input", () => {
    expect(stripClientJs("")).toBeNull();
    expect(stripClientJs(undefined)).toBeNull();
    expect(stripClientJs(Buffer.from(nextPage()))).toBeNull();
  });

  it("returns a marked page without scripts unchanged", () => {
    const plain = `<html><head>${MARKER}</head><body><p>x < y</p></body></html>`;
    expect(stripClientJs(plain)).toBe(plain);
  });

  it("handles attribute spelling variants: unquoted, single-quoted, upper case, duplicates", () => {
    const marker = `<META NAME='${NO_CLIENT_JS_META_NAME}' content=${NO_CLIENT_JS_META_CONTENT}>`;
    const extra = `<link rel=preload as=script href=/a.js><link REL="Preload" AS="SCRIPT" href="/b.js"><script src="/c.js" src="/d.js"></script>`;
    expect(stripClientJs(nextPage({ marker, extraBody: extra }))).toBe(EXPECTED.replace(MARKER, marker));
    // the first `rel` wins, as in a browser: this one is a stylesheet and stays
    const dup = `<link rel="stylesheet" rel="preload" as="script" href="/s.css">`;
    expect(stripClientJs(nextPage({ extraBody: dup }))).toBe(EXPECTED.replace("</main>", `</main>${dup}`));
  });
});
