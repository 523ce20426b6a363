import { describe, expect, it } from "vitest";
import {
  applyTransforms,
  base64Decode,
  cmdLine,
  compressWhitespace,
  formDecode,
  htmlEntityDecode,
  jsDecode,
  nfkc,
  normalizePath,
  removeSqlComments,
  urlDecodeOnce,
  urlDecodeRepeated,
} from "./transforms";

describe("URL decoding", () => {
  it("decodes %XX once, keeps invalid escapes and '+'", () => {
    expect(urlDecodeOnce("union%20select")).toBe("union select");
    expect(urlDecodeOnce("100%")).toBe("100%");
    expect(urlDecodeOnce("%zz%4")).toBe("%zz%4");
    expect(urlDecodeOnce("a+b")).toBe("a+b");
    expect(urlDecodeOnce("%C3%A9")).toBe("é");
    expect(urlDecodeOnce("%u003cscript")).toBe("<script");
  });
  it("repeats until stable (double and triple encoding), bounded", () => {
    expect(urlDecodeRepeated("%253Cscript%253E")).toBe("<script>");
    expect(urlDecodeRepeated("%25252e%25252e%25252f")).toBe("../");
    expect(urlDecodeRepeated("%2525252e", 2)).toBe("%252e");
  });
  it("form decoding turns '+' into a space (req.nextUrl.search re-serializes %20 as +)", () => {
    expect(formDecode("union+select+1")).toBe("union select 1");
    expect(formDecode("a%2Bb")).toBe("a+b");
  });
});

describe("HTML entity decoding", () => {
  it("decodes numeric and named references, with or without ';'", () => {
    expect(htmlEntityDecode("&lt;script&gt;")).toBe("<script>");
    expect(htmlEntityDecode("&#x3c;img&#62;")).toBe("<img>");
    expect(htmlEntityDecode("&#60&#62")).toBe("<>");
    expect(htmlEntityDecode("java&colon;alert")).toBe("java:alert");
  });
  it("folds unknown letter entities and leaves text without '&' untouched", () => {
    expect(htmlEntityDecode("zzz&auml;")).toBe("zzzä");
    const s = "plain text";
    expect(htmlEntityDecode(s)).toBe(s);
    expect(htmlEntityDecode("&#xffffff;")).toBe("&#xffffff;");
  });
});

describe("Unicode normalization", () => {
  it("folds full-width and enclosed forms (NFKC) and ideographic full stops", () => {
    expect(nfkc("＜ｓｃｒｉｐｔ＞")).toBe("<script>");
    expect(nfkc("①⑥⑨")).toBe("169");
    expect(nfkc("169。254")).toBe("169.254");
  });
});

describe("path normalization", () => {
  it("resolves ., .., // and backslashes", () => {
    expect(normalizePath("/a/./b//c/../d")).toBe("/a/b/d");
    expect(normalizePath("\\windows\\system32\\..\\win.ini")).toBe("/windows/win.ini");
  });
  it("keeps leading .. that climbs above the start (traversal stays visible)", () => {
    expect(normalizePath("../../etc/passwd")).toBe("../../etc/passwd");
    expect(normalizePath("/x/../../etc/passwd")).toBe("/../etc/passwd");
  });
});

describe("SQL comment removal", () => {
  it("drops block, line and hash comments; keeps MySQL version-comment bodies", () => {
    expect(compressWhitespace(removeSqlComments("UNION/**/SELECT"))).toBe("UNION SELECT");
    expect(compressWhitespace(removeSqlComments("1/*!50000UNION*/SELECT")).trim()).toBe("1 UNION SELECT");
    expect(removeSqlComments("1 -- rest")).toBe("1  ");
    expect(removeSqlComments("a # b\nc")).toBe("a  \nc");
  });
  it("folds typographic quotes to ASCII", () => {
    expect(removeSqlComments("1’ OR ’1’=’1")).toBe("1' OR '1'='1");
  });
});

describe("whitespace compression and shell de-obfuscation", () => {
  it("compresses runs of whitespace", () => {
    expect(compressWhitespace("a \t\n\u000b b")).toBe("a b");
  });
  it("removes shell quoting tricks and $IFS", () => {
    expect(cmdLine("c\\a\"t\" /e't'c/pa''sswd")).toBe("cat /etc/passwd");
    expect(cmdLine("cat${IFS}/etc/passwd")).toBe("cat /etc/passwd");
    expect(cmdLine("ping`` 127.0.0.1")).toBe("ping 127.0.0.1");
  });
  it("chains apply in order", () => {
    expect(applyTransforms("%253CSCRIPT%253E", ["urlDecode", "lowercase"])).toBe("<script>");
  });
});

describe("JavaScript escape decoding", () => {
  it("decodes \\uXXXX, \\u{X} and \\xHH as a JavaScript engine reads a string literal", () => {
    expect(jsDecode("\\u0072equire")).toBe("require");
    expect(jsDecode("\\u{63}onsole")).toBe("console");
    expect(jsDecode("\\x3cscript\\x3e")).toBe("<script>");
  });
  it("keeps other backslashes and returns escape-free text itself", () => {
    expect(jsDecode("C:\\Users\\x")).toBe("C:\\Users\\x");
    const s = "plain text";
    expect(jsDecode(s)).toBe(s);
  });
});

describe("base64 decoding", () => {
  it("decodes a value that is one base64 token of text (standard or URL-safe alphabet)", () => {
    expect(base64Decode(btoa("_$$ND_FUNC$$_function(){}"))).toBe("_$$ND_FUNC$$_function(){}");
    expect(base64Decode(btoa("require('fs')").replace(/=+$/, ""))).toBe("require('fs')");
  });
  it("leaves sequences, identifiers, prose and binary payloads as they are", () => {
    for (const s of ["ACGTACGTACGTACGT", "MKTAYIAKQRQISFVK", "construct_14_v2x", "two words here", "short", btoa("\u0000\u0001\u0002binaryABCDEFGH")]) {
      expect(base64Decode(s)).toBe(s);
    }
  });
});
