/**
 * Rule-level cases: for each rule whose pattern or score was narrowed to attack syntax, a legitimate value it
 * must leave alone and an attack it must still catch. Values go in as a query parameter (decoded like the wire)
 * unless the case says otherwise; `fires` looks at one rule id, so other rules cannot mask a regression.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_WAF_CONFIG, inspectRequest, type WafInput, type WafResult } from "./index";

const query = (value: string, name = "q"): WafInput => ({
  method: "GET",
  path: "/get",
  rawQuery: `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
  headers: { host: "localhost", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0" },
});

const inspect = (input: WafInput): WafResult => inspectRequest(input, DEFAULT_WAF_CONFIG);
const fires = (ruleId: number, input: WafInput): boolean => inspect(input).matched.some((m) => m.ruleId === ruleId);

interface Case {
  rule: number;
  why: string;
  benign: string[];
  attack: string[];
}

const CASES: Case[] = [
  {
    rule: 5011,
    why: "an element call needs an index: `$a[]` is PHP append syntax and cannot be called",
    benign: ["$a[]()", "$list[ ]()"],
    attack: ["$__[@o](6)", "$_aB_4c[5]['d'] /*x*/ (17)"],
  },
  {
    rule: 7004,
    why: "BENCHMARK delays only as a complete two-argument call",
    benign: ["/benchmark(2999/**/999,md5(/", "benchmark results (2024)"],
    attack: ["benchmark(3000000,MD5(4)", "1 and benchmark(5000000, sha1('x'))"],
  },
  {
    rule: 4017,
    why: "a variable runs as a command only when the payload sets it, or when a command follows spacer variables",
    benign: [";$a $b $c", "price;$5 per sample"],
    attack: ["a=/etc&&b=/passwd&&c=cat&&$c $a$b", "a=nc&&$a -nlvp 555", ";$u cat /etc/hosts"],
  },
  {
    rule: 7016,
    why: "with a space before the parenthesis, prose asides that read on are not SQL calls",
    benign: ["samtools version (1.17) was used", "repeat (3 times) before loading", "leave a space (optional) here"],
    attack: ["database (", "1 and sleep (5)", "version()", "user_name ('x')"],
  },
  {
    rule: 7014,
    why: "after a number and a boolean operator, a condition must follow",
    benign: ["1 or 2", "3 and up", "2 or more replicates"],
    attack: ["1 or 1=1", "9999 or /*+hint*/ true", "1 and sleep(5)", "0 or x like 'a%'"],
  },
  {
    rule: 5508,
    why: "a data: URL has RFC 2397 syntax: no space after the colon",
    benign: ["data: 1,2,3", "data: raw, unfiltered"],
    attack: ["data:text/plain;base64,SSBsb3ZlIFBIUAo=", "data:,hello", "data:text/html;charset=utf-8,<b>x</b>"],
  },
  {
    rule: 4007,
    why: "`net use`/`net user` are English; the Windows command has a switch, UNC path or wildcard, or stands alone",
    benign: ["net use of land in the region", "net user growth was 3%"],
    attack: ["net user hacker P@ss /add", "net use \\\\10.0.0.5\\c$", "net user", "net localgroup administrators"],
  },
  {
    rule: 4016,
    why: "GOTO and ECHO are batch syntax only as commands, not as words in a sentence",
    benign: ["goto line 5 in the editor", "echo on the hills"],
    attack: ["goto :eof", "@echo off", "if exist c:\\boot.ini goto end", "& echo off"],
  },
  {
    rule: 6004,
    why: "elements inert without attributes (svg, meta, base, link, set, template) count only with attributes",
    benign: ["usage: cyanea digest <file> --enzymes <set>", "see the <template> section", "<meta> data for each run"],
    attack: ["<meta http-equiv=\"refresh\" content=\"0; url=http://evil/\">", "<BASE dsfds HREF / =", "<iframe>", "<svg/x=1>"],
  },
  {
    rule: 6006,
    why: "CSS expression() only as a property value",
    benign: ["gene expression (TPM) per sample", "differential expression (DESeq2)"],
    attack: ["<div style=\"width:expression(alert(1))\">", "x{width: expression(alert(1))}"],
  },
  {
    rule: 7010,
    why: "a comment sign or keyword closed by a quote of its own is a quoted literal",
    benign: ["type a '#' sign", "the '--' dash", "the \"union\" jack"],
    attack: ["admin'#", "admin' -- x", "' or 1=1", "x'/*"],
  },
  {
    rule: 7018,
    why: "a keyword quoted on both sides is a word, not the rest of a query",
    benign: ["press the \"select\" button"],
    attack: ["x' union select 1", "1' order by 3", "a\" waitfor delay '0:0:5'"],
  },
  {
    rule: 3101,
    why: "a remote include from a raw IP needs the address to be the whole host",
    benign: ["http://1.2.3.4.nip.example.com/file.txt"],
    attack: ["http://10.1.2.3/shell.txt", "https://203.0.113.9:8080/x.php?", "http://user@198.51.100.7/a"],
  },
  {
    rule: 5503,
    why: "internal names and addresses must end the host: public domains may start with them",
    benign: ["http://localhost.example.com/", "http://192.168.example.org/", "https://metadata.example.com/v1"],
    attack: ["http://localhost:3000/admin", "http://127.1/", "http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/", "http://10.0.0.5/", "http://[::1]/"],
  },
  {
    rule: 5505,
    why: "an infinite loop has a constant condition",
    benign: ["while(loading) show a spinner", "while (!done) poll()"],
    attack: ["while(true);", "while(!'');", "while(+Infinity);", "while(!!{});", "while(this)", "while(!undefined)"],
  },
  {
    rule: 1017,
    why: "an injected header needs its colon; a line of text starting with a header's name is not one",
    benign: ["Sample origin:\nLocation of the farm is unknown", "line one\nHost plant: Arabidopsis"],
    attack: ["foobar\r\nContent-Length: 0", "\r\nRemote-addr: foo.bar.com", "x\r\nSet-Cookie: a=b", "x\r\nHTTP/1.1 200 OK"],
  },
  {
    rule: 5003,
    why: "with a space before the parenthesis a PHP call needs a PHP-shaped argument",
    benign: ["see the file (see below)", "system (s) biology", "copy (2 of 3) attached"],
    attack: ["system('id')", "exec #c\n (blah)", "assert_options (\n\n)", "eval ($_POST['x']);", "file_get_contents(\"/etc/passwd\")"],
  },
  {
    rule: 7004,
    why: "with a space before the parenthesis a SQL delay or file call needs a SQL-shaped argument",
    benign: ["the sleep (see below) section", "a polygon (five sides) drawn"],
    attack: ["1 and sleep (5)", "sleep(5)", "load_file ('/etc/passwd')", "pg_sleep (10)--"],
  },
  {
    rule: 4004,
    why: "backticks pair up: only what an opening backtick encloses is a command substitution",
    benign: ["set `a` and `b` to zero", "`x` or `y` but not both"],
    attack: ["`cat /etc/passwd`", "a `id -u` b", "x; `/bin/ls`", "$(whoami)"],
  },
  {
    rule: 5014,
    why: "dl() only as a call: dl alone is a unit",
    benign: ["dl", "mg/dl"],
    attack: ["dl('evil.so')", "phpinfo", "shell_exec=(bla)"],
  },
  {
    rule: 3104,
    why: "an FTP URL to a named host is public data, like an https one; the SSRF-prone schemes stay",
    benign: ["ftp://ftp.ensembl.org/pub/release-110/fasta/", "ftp://ftp.ncbi.nlm.nih.gov/genomes/"],
    attack: ["gopher://127.0.0.1:6379/_INFO", "dict://internal:11211/stats", "\\\\attacker\\share", "tftp://evil/x"],
  },
  {
    rule: 5510,
    why: "an internal host is an SSRF target when it is used as an address (port or path), not as a bare word",
    benign: ["localhost", "metadata", "Runs on localhost"],
    attack: ["localhost/", "LOCALHOST:8080", "169.254.169.254/latest/meta-data/"],
  },
  {
    rule: 3101,
    why: "remote includes from raw addresses: IPv6 literals with or without brackets, not host names with ports",
    benign: ["https://example.com:8443/data.fasta", "https://ftp.ncbi.nlm.nih.gov/genomes/", "10:20:30"],
    attack: ["https://2001:41d0:701:1100::29c8/gecko.php", "http://[::1]/x.php", "ftp://192.0.2.7/shell.txt"],
  },
  {
    rule: 7018,
    why: "a quote followed by UNION is injection only with the SELECT it unions",
    benign: ["9'union all/bar", "the 'union' of both sets"],
    attack: ["' union select password from users", "x')) UNION ALL SELECT NULL,NULL--", "1' union distinct (select 1)"],
  },
];

describe("rules match attack syntax, not the words it is made of", () => {
  for (const c of CASES) {
    describe(`rule ${c.rule}: ${c.why}`, () => {
      for (const v of c.benign) it(`leaves ${JSON.stringify(v)} alone`, () => expect(fires(c.rule, query(v))).toBe(false));
      for (const v of c.attack) it(`catches ${JSON.stringify(v)}`, () => expect(fires(c.rule, query(v))).toBe(true));
    });
  }
});

describe("rule 5511: ORM lookups traverse relations (as CRS at paranoia 2); one field with one operator is ordinary filtering", () => {
  it("leaves a single field lookup alone", () => {
    expect(fires(5511, query("p", "username__startswith"))).toBe(false);
    expect(fires(5511, query("2024", "created__year"))).toBe(false);
  });
  it("catches lookups through relations", () => {
    expect(fires(5511, query("p", "user__profile__city__startswith"))).toBe(true);
    expect(fires(5511, query("is_staff", "user__metadata__has_keys"))).toBe(true);
    expect(fires(5511, query("p", "created_by__departments__employees__user__username__startswith"))).toBe(true);
  });
});

describe("rule 8002: a session id set from a parameter counts in parameters and the path, not in the Referer", () => {
  const withReferer = (referer: string): WafInput => ({ ...query("x"), headers: { ...query("x").headers, referer } });
  it("leaves a Referer from a site that rewrites URLs alone", () => {
    expect(fires(8002, withReferer("https://example.com/shop;jsessionid=ABC123?item=4"))).toBe(false);
  });
  it("catches the same in a parameter and in the path", () => {
    expect(fires(8002, query("/login;jsessionid=ABC123"))).toBe(true);
    expect(fires(8002, { ...query("x"), path: "/app;jsessionid=ABC123" })).toBe(true);
    expect(fires(8002, query("<meta http-equiv=set-cookie content=\"a=b\">"))).toBe(true);
  });
});

describe("rule 3006: an editor backup has an extension before its `~`", () => {
  const path = (p: string): WafInput => ({ ...query("x"), path: p });
  it("leaves home-directory paths alone", () => {
    expect(fires(3006, path("/~"))).toBe(false);
    expect(fires(3006, path("/people/~"))).toBe(false);
  });
  it("catches backups and hidden files", () => {
    expect(fires(3006, path("/index.php~"))).toBe(true);
    expect(fires(3006, path("/config.yml~"))).toBe(true);
    expect(fires(3006, path("/.env"))).toBe(true);
  });
});

describe("rule 8001: session parameters are framework session names, not every `sid` or `session`", () => {
  it("leaves sample ids and sequencing sessions alone (no Referer, as from a script)", () => {
    expect(fires(8001, query("S001", "sid"))).toBe(false);
    expect(fires(8001, query("3", "session"))).toBe(false);
    expect(fires(8001, query("x", "lab_session"))).toBe(false);
  });
  it("catches session ids of web frameworks", () => {
    for (const name of ["jsessionid", "PHPSESSID", "_flask_session", "session_id", "user_session_token", "connect.sid"]) {
      expect(fires(8001, query("abc123", name))).toBe(true);
    }
  });
});
