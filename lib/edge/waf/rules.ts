/**
 * The rule set, as data. Written for Cyanea from attack classes (not copied from any other rule set):
 * each rule names its category, paranoia level, anomaly score, targets, transformation chain and pattern.
 * Scores: 25 = a single match blocks at the default threshold (high-confidence attack syntax);
 * 15/10 = suspicious, blocks only together with other evidence; 5 = noteworthy.
 * Ids: 1xxx protocol/limits, 2xxx scanner, 3xxx lfi/rfi, 4xxx rce, 5xxx php, 55xx generic (Node, SSRF,
 * templates), 6xxx xss, 7xxx sqli, 8xxx session fixation, 9xxx java.
 */
import type { RuleDef, TargetSelector, TransformName } from "./types";

// ---- transformation chains ---------------------------------------------------------------------------------
const STD: readonly TransformName[] = ["urlDecode", "htmlEntityDecode", "nfkc", "removeNulls", "lowercase", "compressWhitespace"];
const SQL: readonly TransformName[] = [
  "urlDecode", "htmlEntityDecode", "nfkc", "removeNulls", "lowercase", "removeSqlComments", "compressWhitespace",
];
const CMD: readonly TransformName[] = ["urlDecode", "htmlEntityDecode", "nfkc", "removeNulls", "cmdLine"];
const PATH: readonly TransformName[] = ["urlDecode", "htmlEntityDecode", "nfkc", "removeNulls", "lowercase", "normalizePath"];
const DECODED: readonly TransformName[] = ["urlDecode", "htmlEntityDecode", "nfkc", "removeNulls", "lowercase"];
/** Case-sensitive: base64 and binary magic. */
const RAW: readonly TransformName[] = ["urlDecode", "removeNulls"];
const NONE: readonly TransformName[] = [];

// ---- targets ----------------------------------------------------------------------------------------------
/** Client-chosen values: parameters, bodies, cookies, the path, and the free-form User-Agent and Referer. */
const ARGS: readonly TargetSelector[] = ["args", "path", "header:user-agent", "header:referer"];
/** Same without headers, for URL-shaped rules (a Referer is a URL to this very host by design). */
const URL_ARGS: readonly TargetSelector[] = ["args", "path"];
const ARGS_UA_REF: readonly TargetSelector[] = ["args", "header:user-agent", "header:referer"];
const ARGS_HEADERS: readonly TargetSelector[] = ["args", "header"];
const ARGS_PATH: readonly TargetSelector[] = ["args", "path", "header:referer"];
const URL_PARTS: readonly TargetSelector[] = ["query-name", "query-value", "cookie-name", "cookie-value", "header"];

// ---- helpers ----------------------------------------------------------------------------------------------
/**
 * Base64 fragments that appear in any encoding of `word`, whatever its offset in the encoded stream (0, 1 or 2
 * bytes before it): the characters influenced by neighbouring bytes are dropped.
 */
export function base64Fragments(word: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < 3; k++) {
    const n = k + word.length;
    let b = btoa("\u0000".repeat(k) + word).replace(/=+$/, "");
    if (n % 3 !== 0) b = b.slice(0, -1);
    b = b.slice(k === 0 ? 0 : k + 1);
    if (b.length >= 8) out.push(b);
  }
  return out;
}

const UNIX_CMDS =
  "cat|tac|ls|id|whoami|uname|pwd|wget|curl|nc|ncat|netcat|bash|sh|zsh|ksh|dash|csh|tcsh|python[23]?|perl|ruby|php|" +
  "nmap|ping|nslookup|telnet|chmod|chown|chgrp|rm|ifconfig|netstat|base64|xxd|crontab|sudo|useradd|passwd|" +
  "systemctl|mkfifo|socat|busybox|nohup|strace|gdb|tclsh|lua|c89|c99|gcc|openssl|rsync|zcat|bzcat|xzcat|" +
  "wall|getent|lsof|killall|pkill|chattr|chpasswd|visudo|sftp|scp|ssh|ftp|tftp|finger|awk|gawk|sed|grep|egrep|" +
  "fgrep|nl|od|hexdump|strings|less|more|vim?|nano|ex|ed|xargs|tee|env|printenv|awk|cut|diff|dd|tar|zip|unzip|" +
  "gzip|gunzip|bzip2|7z|sleep|kill|ps|top|who|w|last|lastlog|uptime|hostname|ip|route|arp|dig|host|iptables|" +
  "mount|umount|fdisk|shutdown|reboot|halt|poweroff|crontab|at|batch|screen|tmux|script|expect|php-cgi|node|" +
  "npm|npx|pip3?|gem|java|jjs|jrunscript|mysql|psql|sqlite3|mongo|redis-cli|nice|ionice|timeout|flock|chroot|" +
  "setsid|stdbuf|unshare|taskset|watch|xterm|alias|bind|exec|eval|source|readlink|realpath|stat|find|locate|" +
  "which|whereis|file|head|tail|sort|uniq|wc|rev|tr|echo|printf|test|touch|mkdir|rmdir|cp|mv|ln|install|" +
  "useradd|usermod|groupadd|bc|dc|aria2c|lwp-download|lwp-request|links|lynx|w3m|fetch|certutil|powershell|pwsh|" +
  "cmd|wmic|bitsadmin|mshta|rundll32|regsvr32|cscript|wscript|schtasks|net|reg|sc|bcdboot|bcdedit|vssadmin|" +
  "wevtutil|icacls|takeown|attrib|tasklist|taskkill|systeminfo|whoami|type|dir|copy|del|move|ren|more|" +
  "ansible|ansible-playbook|ansible-pull|ansible-vault|ansible-galaxy|chef|chef-client|chef-vault|knife|puppet|salt|" +
  "cpulimit|perf|trap|gcc\\d*(?:\\.\\d+)*|g\\+\\+|clang|cc|apt-get|aptitude|dpkg|rpm|yum|dnf|pacman|snap|docker|kubectl|" +
  "podman|nsenter|capsh|setcap|getcap|journalctl|dmesg|lsmod|insmod|modprobe|systemd-run|runuser|doas|pkexec|" +
  "sshpass|ltrace|valgrind|view|rview|rvim|pico|joe|jq|shuf|split|csplit|base32|basenc|uuencode|uudecode|tcpdump|" +
  "tshark|ssh-keygen|ssh-keyscan|gpg|nmcli|virsh|qemu-system-\\w+|ab|httpd|nginx|apachectl|sysctl|ulimit|" +
  "cpan|easy_install|irb|jshell|groovy|scala|rscript|octave|matlab|php\\d|perl\\d|ruby\\d|python\\d(?:\\.\\d+)?|" +
  "df|du|dmidecode|comm|column|expand|factor|fmt|fold|free|getfacl|setfacl|iconv|join|ldd|logname|look|lsattr|lsblk|" +
  "lscpu|lshw|lspci|lsusb|mknod|mktemp|paste|readelf|seq|ss|traceroute|tree|tty|users|cpio|zstd|lz4|pigz|bsdtar|" +
  "run-parts|start-stop-daemon|nawk|mawk|elinks|ghc|ghci|rake|rlwrap|smbclient|zypper|nroff|troff|msgfilter|logsave|" +
  "busctl|ptx|unexpand|base64|shred|wipe|srm|nsupdate|host|whois|curlie|httpie|http|xdg-open|osascript|launchctl";

// Commands whose names are ordinary English words: only counted with a flag/path argument.
const WORDY = "find|set|type|time|who|last|more|less|head|tail|make|expect|export|echo|sleep|kill|test|sort|file|which|date|screen|watch|source|install|script|at|batch|w|host|route|net|reg|sc|dir|copy|del|move|ren|bind|alias|top|cut|diff|tr|rev|wc|bc|dc|nl|ip|id|ls|ps|ln|cp|mv|ex|ed|dd|fetch|links|install";

const CMD_WORDS = [...new Set(UNIX_CMDS.split("|"))].filter((c) => !WORDY.split("|").includes(c)).join("|");

const JAVA_GADGET_WORDS = [
  "runtime", "processbuilder", "clonetransformer", "forclosure", "instantiatefactory", "instantiatetransformer",
  "invokertransformer", "prototypeclonefactory", "prototypeserializationfactory", "whileclosure", "chainedtransformer",
  "constanttransformer", "templatesimpl", "annotationinvocationhandler", "classloader", "xmldecoder", "getruntime",
];

const B64_JAVA = JAVA_GADGET_WORDS.flatMap((w) => [
  ...base64Fragments(w),
  ...base64Fragments(w.charAt(0).toUpperCase() + w.slice(1)),
]);

export const RULES: readonly RuleDef[] = [
  // ======================= protocol ======================================================================
  {
    id: 1010, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-length"], transformations: NONE,
    pattern: /[^\d\s]/, description: "Content-Length is not a number",
  },
  {
    id: 1011, category: "protocol", paranoia: 1, score: 25, targets: ["header-names"], transformations: NONE,
    pattern: /^(?=[\s\S]*(?:^|\n)transfer-encoding(?:\n|$))(?=[\s\S]*(?:^|\n)content-length(?:\n|$))/,
    description: "Transfer-Encoding together with Content-Length (request smuggling)",
  },
  {
    id: 1012, category: "protocol", paranoia: 1, score: 15, targets: ["header:transfer-encoding"], transformations: ["lowercase"],
    pattern: /^(?!\s*chunked\s*$)/, description: "Transfer-Encoding other than chunked",
  },
  {
    id: 1013, category: "protocol", paranoia: 1, score: 15, targets: ["header:range", "header:request-range"], transformations: ["lowercase"],
    pattern: /(?:\d*-\d*\s*,\s*){4,}|^\s*bytes\s*=\s*0\s*-/, description: "Range header with many ranges or from byte 0",
  },
  {
    id: 1014, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-type"], transformations: ["lowercase"],
    pattern: /^(?!\s*(?:application\/[\w.+-]+|text\/[\w.+-]+|chemical\/[\w.+-]+|image\/[\w.+-]+|multipart\/form-data)\s*(?:;|$))/,
    description: "Content-Type not allowed (unknown, malformed, or multipart other than form-data)",
  },
  {
    id: 1015, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-type", "multipart-header"], transformations: ["lowercase"],
    pattern: /charset\s*=\s*["']?(?![\s"']|(?:utf-8|iso-8859-(?:[1-9]|1[0-5])|us-ascii|windows-125[0-8])\s*["']?\s*(?:;|$|\r?\n))/,
    description: "Charset other than UTF-8/Latin-1/ASCII (UTF-7 and multi-byte encodings evade rules)",
  },
  {
    id: 1016, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-type"], transformations: ["lowercase"],
    pattern: /^\s*(?!multipart\/)[^;]*;[^]*\bboundary\s*=|^[^;]*,|;[^]*;[^]*\bcharset[^]*\bcharset/,
    description: "Content-Type with a boundary on a non-multipart type, several types, or repeated charset",
  },
  {
    id: 1017, category: "protocol", paranoia: 1, score: 25, targets: ["query-name", "query-value", "cookie-value", "form-name", "header"],
    transformations: ["urlDecode", "lowercase"],
    // A header needs its colon (as CRS 921160 demands): a line of text that starts with "Location" or "Host" is
    // not one. A status line (`HTTP/1.1 200`) has none.
    pattern: /[\r\n]\s*(?:(?:set-cookie|location|content-(?:type|length|disposition)|refresh|remote-addr|x-[\w-]+|host|transfer-encoding)\s*:|http\/\d)/,
    description: "CR/LF followed by a header name (header injection, response splitting)",
  },
  {
    id: 1018, category: "protocol", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\b(?:get|post|head|put|delete|options|trace|connect|patch)\s+(?:\/|https?:\/\/)\S*\s+http\/\d/,
    description: "HTTP request line inside a parameter (request smuggling)",
  },
  {
    id: 1019, category: "protocol", paranoia: 1, score: 25, targets: URL_PARTS.concat(["form-value", "form-name", "json-value"]), transformations: DECODED,
    pattern: /\)\s*\(\s*[&|!]\s*\(|\*\s*\)\s*\(\s*[a-z]|\)\s*[&|]\s*\(\s*[a-z][\w-]*\s*[~<>]?=|\)\s*\(\s*(?:cn|uid|objectclass|mail|sn|ou|dc|userpassword|samaccountname|givenname|memberof|description)\s*[~<>]?=/,
    description: "LDAP filter injection",
  },
  {
    id: 1020, category: "protocol", paranoia: 1, score: 25, targets: ["query-name", "query-value", "form-name", "form-value", "cookie-name", "cookie-value", "header:user-agent", "header:referer", "path"],
    transformations: ["urlDecode"], pattern: /\u0000/, description: "NUL byte",
  },
  {
    id: 1021, category: "protocol", paranoia: 2, score: 10, targets: ["query-value", "form-value", "cookie-value", "header:user-agent", "header:referer"],
    transformations: ["urlDecode"], pattern: /[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]/, description: "Control characters in a parameter",
  },
  {
    id: 1022, category: "protocol", paranoia: 1, score: 25, targets: ["multipart-filename", "multipart-name"], transformations: NONE,
    pattern: /["'\\]|;(?<!&#?\w{1,8};)|[\x00-\x1f\x7f]/,
    description: "Multipart name or filename with quoting, a separator (HTML character references excepted) or control characters (parser confusion)",
  },
  {
    id: 1023, category: "protocol", paranoia: 1, score: 25, targets: ["multipart-header"], transformations: ["lowercase"],
    pattern: /(?:^|\n)content[^\n:]*[\s\x00-\x1f\x7f][^\n:]*:|content-disposition:[^\n]*\n(?:[^\n]*\n)*content-disposition:|(?:^|\n)[^\n:]*[^\x20-\x7e\n\r][^\n:]*:/,
    description: "Malformed or repeated multipart part headers",
  },
  {
    id: 1024, category: "protocol", paranoia: 1, score: 25, targets: ["path"], transformations: PATH,
    pattern: /\.(?:bak|backup|old|orig|save|swp|swo|tmp|temp|sql|mdb|sqlite3?|db|ini|conf|config|cfg|log|env|pem|key|crt|p12|pfx|jks|keystore|htaccess|htpasswd|git|svn|hg|ds_store|cs|vb|asa|asax|cdx|cer|idq|ida|htr|printer|shtml|inc)$|\/\.(?:git|svn|hg|bzr|env|aws|ssh|docker|kube|htaccess|htpasswd|ds_store|npmrc|bash_history)(?:\/|$)/,
    description: "Request for a backup, config, secret or VCS file",
  },
  {
    id: 1025, category: "protocol", paranoia: 1, score: 25, targets: ["path", "query-name"], transformations: ["urlDecode"],
    pattern: /[\r\n]/, description: "CR/LF in the path or a parameter name",
  },
  {
    id: 1027, category: "protocol", paranoia: 2, score: 10, targets: ARGS, transformations: ["lowercase"],
    pattern: /%u[0-9a-f]{4}|\\u00[0-9a-f]{2}/, description: "Non-standard %u / \\u escapes",
  },
  {
    id: 1028, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-encoding"], transformations: ["lowercase"],
    pattern: /^(?!\s*(?:gzip|deflate|br|identity)\s*$)/, description: "Unknown Content-Encoding",
  },
  {
    id: 1029, category: "protocol", paranoia: 1, score: 25, targets: ["path"], transformations: ["lowercase"],
    pattern: /%(?![0-9a-f]{2})|%25(?:2e|2f|5c)|%c0%a[ef]|%c1%9c|%e0%80%af/, description: "Invalid or over-long URL encoding in the path",
  },

  {
    id: 1030, category: "protocol", paranoia: 1, score: 25, targets: ["header-names"], transformations: NONE,
    pattern: /(?:^|\n)(?:proxy|lock-token|content-range|if|translate|request-range|x-http-method-override|x-method-override|x-http-method)(?:\n|$)/,
    description: "Request header that clients never legitimately send to this app (httpoxy, WebDAV, legacy ranges, method override)",
  },
  {
    id: 1031, category: "protocol", paranoia: 1, score: 25, targets: ["header:connection"], transformations: ["lowercase"],
    pattern: /\bkeep-alive\b[^]*\bclose\b|\bclose\b[^]*\bkeep-alive\b/, description: "Contradictory Connection header",
  },
  {
    id: 1032, category: "protocol", paranoia: 1, score: 25, targets: ["header:accept-encoding"], transformations: NONE,
    pattern: /^[^]{100,}|[^\w\s,;=.*-]/, description: "Oversized or malformed Accept-Encoding",
  },
  {
    id: 1033, category: "protocol", paranoia: 1, score: 25, targets: ["query-name", "query-value", "form-name", "form-value", "cookie-value"], transformations: ["lowercase"],
    pattern: /\\u00[0-9a-f]{2}|%u00[0-9a-f]{2}/, description: "Escaped Unicode in a URL parameter (filter bypass)",
  },

  {
    id: 1034, category: "protocol", paranoia: 1, score: 25, targets: ["request-meta"], transformations: ["lowercase"],
    pattern: /^method=(?:get|head)\nbody=1|\nhost=(?:\n|$)|\nurl-encoding=bad-escape/,
    description: "GET/HEAD with a body, an empty Host, or invalid URL encoding",
  },
  {
    id: 1035, category: "protocol", paranoia: 1, score: 10, targets: ["request-meta"], transformations: ["lowercase"],
    pattern: /\naccept=$|\nhost=\(none\)|\nbody=1\ncontent-type=0|\nurl-encoding=bad-utf8/,
    description: "Empty Accept, missing Host, a body without Content-Type, or URL escapes that are not UTF-8",
  },

  // ======================= scanners ======================================================================
  {
    id: 2001, category: "scanner", paranoia: 1, score: 25, targets: ["header:user-agent"], transformations: ["lowercase"],
    pattern: [
      "nikto", "sqlmap", "nessus", "openvas", "zgrab", "masscan", "nmap", "dirbuster", "gobuster", "dirb/", "wfuzz", "ffuf",
      "feroxbuster", "wpscan", "joomscan", "acunetix", "netsparker", "appscan", "w3af", "arachni", "havij", "zmeu", "morfeus",
      "nuclei", "whatweb", "jaeles", "paros", "webinspect", "skipfish", "burpcollaborator", "commix", "xsstrike", "fimap",
      "webshag", "vega/", "zap/", "owasp zap", "httpx - open-source", "hydra", "medusa", "brutus", "nuclei", "struts-pwn",
      "ysoserial", "jndi-exploit",
    ],
    description: "Security scanner or attack tool user agent",
  },

  // ======================= lfi / rfi ======================================================================
  {
    id: 3001, category: "lfi", paranoia: 1, score: 15, targets: ARGS_PATH, transformations: DECODED,
    pattern: /(?:^|[\\/])\.\.(?:[\\/]|$)/, description: "Directory traversal (../)",
  },
  {
    id: 3002, category: "lfi", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header"]), transformations: DECODED,
    pattern: /(?:\.\.[\\/;]+){2,}|\.\.\.\.[\\/]|\.\.;[\\/]|(?:^|[\\/])\.\.[\\/].*\b(?:etc|proc|windows|winnt|boot|var|usr|root|home)\b/,
    description: "Repeated or evasive directory traversal",
  },
  {
    id: 3003, category: "lfi", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header"]), transformations: ["lowercase"],
    pattern: /(?:%2e|%252e|%c0%ae|%c0%2e|%e0%80%ae|%u002e|0x2e){2}|\.\.(?:%2f|%5c|%252f|%255c|%c0%af|%c1%9c|%u2215|%u2216|0x2f|0x5c)|(?:%2e|%252e){1,2}(?:\/|\\|%2f|%5c)/,
    description: "Encoded directory traversal",
  },
  {
    id: 3004, category: "lfi", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header"]), transformations: PATH,
    pattern: /(?:^|[\\/\s=:'"])(?:composer\.(?:json|lock)|\.npmrc|\.pypirc|\.netrc|\.pgpass|\.bash_profile|\.bashrc|\.zshrc|\.viminfo|\.gitconfig|\.git-credentials|\.svn\/entries|config\.php|settings\.py|database\.yml|secrets\.ya?ml|credentials\.xml|web\.xml|tomcat-users\.xml|applicationhost\.config|php\.ini|my\.cnf|httpd\.conf|nginx\.conf|\.aws\/config|docker-compose\.ya?ml|sys\/(?:class|kernel|devices|firmware|module|power|block|bus|fs)\b|root\/|\.ssh\/|etc\/(?:subuid|subgid|sysconfig|os-release|lsb-release|machine-id|login\.defs|default\/|cron\.\w+|[\w.-]+\.conf\b|passwd|shadow|group|gshadow|hosts|issue|crontab|sudoers|motd|profile|bashrc|fstab|hostname|resolv\.conf|ssh\/|mysql\/|apache2?\/|nginx\/|httpd\/|security\/|network\/|pam\.d|master\.passwd|inittab|exports|environment|ld\.so)|proc\/(?:self|\d+)\/(?:environ|cmdline|fd|maps|status|exe|cwd|root|mem|mounts)|\.ssh\/(?:id_[rd]sa|id_ed25519|authorized_keys|known_hosts)|\.aws\/credentials|\.bash_history|\.mysql_history|\.htpasswd|\.htaccess|\.git\/(?:config|head|index)|\.env(?:\.\w+)?$|windows\/(?:win\.ini|system\.ini|system32|repair)|winnt\/|boot\.ini|web\.config|wp-config\.php|var\/log\/|var\/run\/secrets|\.docker\/config\.json|\.kube\/config|usr\/local\/etc|etc\/(?:x?inetd|init\.d|rc\.)|system32\/(?:drivers|config|cmd))/,
    description: "Access to a sensitive OS or application file",
  },
  {
    id: 3005, category: "lfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /^\s*(?:file|php|phar|zip|expect|glob|data|jar|netdoc|compress\.zlib|compress\.bzip2|zlib|ogg|rar|ssh2(?:\.\w+)?):(?:\/\/|[\w+.-]+[;,])/,
    description: "Local file/stream wrapper URL",
  },
  {
    id: 3006, category: "lfi", paranoia: 1, score: 25, targets: ["path"], transformations: PATH,
    pattern: /\/\.(?!well-known(?:\/|$))[\w-]|^\/(?:sys|proc|dev|etc|boot|root|var\/log)(?:\/|$)|\.[^.\/~]+~$|\.(?:php|asp|aspx|jsp)[~#]|\/(?:cgi-bin|phpmyadmin|server-status|server-info|actuator|jmx-console|manager\/html|console|solr|_ignition|telescope|elmah\.axd|trace\.axd)(?:\/|$)/,
    // An editor backup is a file name with an extension and a trailing `~` (`index.php~`, as CRS 920500); a bare
    // `~` ends home-directory paths (`/~`, `/people/~`).
    description: "Hidden file or directory, system path, editor backup, or admin probe",
  },
  {
    id: 3101, category: "rfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    // The address must be the whole host: http://1.2.3.4.example.com/ names a domain.
    // IPv6 literals count with or without their brackets (clients and proxies accept both).
    pattern: /^\s*(?:https?|ftps?):\/\/(?:[^\/@?#]*@)?(?:\d{1,3}(?:\.\d{1,3}){3}(?=[:\/?#\\\s@]|$)|\[?(?=[0-9a-f:]*::|(?:[0-9a-f]{1,4}:){7})(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}\]?(?=[\/?#\\\s@]|$))/,
    description: "Remote include from a raw IP address (IPv4 or IPv6)",
  },
  {
    id: 3102, category: "rfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /^\s*(?:https?|ftps?):\/\/[^\s]*?(?:\?+|%3f|\x00|#)\s*$|\b(?:include|require|file|page|template|inc|path|doc|document|folder|root|dir|pg|style|pdf|layout|conf|mod|module)\s*=\s*(?:https?|ftps?):\/\//,
    description: "Remote file inclusion (trailing ? or include-style parameter)",
  },
  {
    id: 3103, category: "rfi", paranoia: 2, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /^\s*(?:https?|ftps?):\/\/[^\/?#]+\/[^\s]*\.(?:txt|php\d?|phtml|jsp|asp|aspx|sh|pl|py|cgi|gif|jpg|png)\?*\s*$/,
    description: "Off-domain URL to a script or text file",
  },
  {
    id: 3104, category: "rfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    // Not ftp: public data lives on FTP servers (ftp.ensembl.org, ftp.ncbi.nlm.nih.gov); an FTP URL to a named
    // host is treated like an https one (raw IPs, internal hosts and trailing `?` are caught by 3101/3102/5503).
    pattern: /^\s*\\\\[\w.-]+\\[\w$.-]+|^\s*(?:tftp|smb|sftp|scp|ldap|gopher|dict):\/\//,
    description: "UNC path or remote protocol URL",
  },

  // ======================= rce ======================================================================
  {
    id: 4001, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: new RegExp(
      `(?:[;&|\`\\n]|\\$\\(|\\|\\||&&|\\{)\\s*(?:(?:\\/usr)?(?:\\/local)?\\/s?bin\\/)?(?:${CMD_WORDS})(?:\\s|$|[;&|<>\`)}])`,
    ),
    description: "Unix/Windows command after a shell separator",
  },
  {
    id: 4002, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: new RegExp(
      `(?:[;&|\`\\n]|\\$\\(|\\|\\||&&)\\s*(?:(?:\\/usr)?(?:\\/local)?\\/s?bin\\/)?(?:${WORDY})\\s+(?:-{1,2}\\w|\\/\\w|~|\\$|\\.{1,2}\\/|\\*)`,
    ),
    description: "Command with a word-like name after a shell separator, given a flag or path argument",
  },
  {
    id: 4003, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: new RegExp(`^\\s*(?:(?:\\/usr)?(?:\\/local)?\\/s?bin\\/)?(?:${CMD_WORDS}|${WORDY})\\s+(?:-{1,2}[a-z]|\\/[a-z]|[\\w.-]+\\s+-[a-z])`),
    description: "Value starting with a command and flags",
  },
  {
    id: 4004, category: "rce", paranoia: 1, score: 25, targets: ARGS_UA_REF, transformations: CMD,
    // Backticks pair up: the command is what an opening backtick encloses. Text between two markdown code spans
    // ("`a` and `b`") is not inside either.
    pattern: /\$\(\s*[a-z\/]|^(?:[^`]*`[^`]*`)*?[^`]*`\s*(?:[a-z]+\s|\/)[^`]*`|\$\{\s*[a-z_]+\s*[:#%\/]|<\(\s*[a-z]/,
    description: "Shell command or process substitution",
  },
  {
    id: 4005, category: "rce", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: CMD,
    pattern: /\/(?:usr\/)?(?:local\/)?s?bin\/(?:ba|z|k|da|c|tc|fi)?sh\b|\/dev\/(?:tcp|udp)\/|\/bin\/(?:nc|ncat|busybox|python|perl|ruby|php|wget|curl|cat|echo|id|ls|chmod|rm)\b|>&\s*\/dev\/|\b(?:ba|z|k)?sh\s+-[ci]\b|\bnc(?:at)?\s+(?:-[a-z]+\s+)*[\w.-]+\s+\d+|\bmkfifo\b|\bbash\s+-i\b/,
    description: "Shell binary path or reverse shell idiom",
  },
  {
    id: 4006, category: "rce", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\(\s*\)\s*\{[^}]*;\s*\}\s*;/, description: "Shellshock function definition",
  },
  {
    id: 4007, category: "rce", paranoia: 1, score: 25, targets: ARGS_UA_REF, transformations: DECODED,
    pattern: /\b(?:cmd(?:\.exe)?\s*\/[ckr]\b|powershell(?:\.exe)?\s+(?:-[a-z]+|iex|invoke)|pwsh\s+-|invoke-(?:expression|webrequest|command|item|restmethod)|iex\s*\(|new-object\s+(?:system\.)?net\.webclient|downloadstring\s*\(|net(?:\.exe)?\s+(?:localgroup\b|(?:user|share|use|view|session|group|accounts)(?:\s*$|\s[^\n]*?(?:\s\/[a-z]|\\\\|\s\*)))|certutil(?:\.exe)?\s+-|bitsadmin(?:\.exe)?\s+\/|wmic(?:\.exe)?\s+\w|rundll32(?:\.exe)?\s|regsvr32(?:\.exe)?\s|mshta(?:\.exe)?\s|[cw]script(?:\.exe)?\s|schtasks(?:\.exe)?\s+\/|reg(?:\.exe)?\s+(?:add|query|delete|save|export)\b|bcdboot\s|bcdedit\s|vssadmin\s|wevtutil\s|icacls\s|takeown\s|tasklist\b|taskkill\s|systeminfo\b|whoami\s*\/|sc(?:\.exe)?\s+(?:create|config|start|stop|query)\b|%comspec%|%systemroot%|%windir%)/,
    // `net use`/`net user` read as English ("net use of land"): the command is counted with a switch, a UNC path or
    // a wildcard after it, or alone.
    description: "Windows command or PowerShell",
  },
  {
    id: 4008, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /\{\s*[a-z]+\s*,\s*(?:-|\/|\$)|\{\s*,\s*[a-z$"]|\$\{?ifs\b|\b(?:cat|ls|id|uname|whoami|wget|curl|nc|bash|sh)\$\{?\w*\}?\s|\?\?\?\/|\/\?\?\?\/|\/b\?n\/|\/e\?c\/|\*\/(?:pa|sh)/,
    description: "Shell evasion (brace expansion, $IFS, globbing in binary paths)",
  },
  {
    id: 4009, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /\b(?:wget|curl|fetch|lwp-download|aria2c)\s+(?:-[\w-]+\s+)*(?:https?|ftp):\/\/|\b(?:python[23]?|perl|ruby|php|node|lua)\s+-[erc]\s|\bimport\s+(?:os|subprocess|pty|socket)\b|\bos\.(?:system|popen|exec\w*)\s*\(|\bsubprocess\.(?:call|popen|run|check_output)|\bpty\.spawn|\b__import__\s*\(/,
    description: "Download-and-run or interpreter one-liner",
  },
  {
    id: 4010, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /(?:^|[;&|\n`]|\$\()\s*(?:\w+=\S*\s+)*(?:[a-z0-9_.-]*\/)?(?:sh|bash|zsh|ksh|dash)\s+-c\b|\bfind\s+\S+.*?-exec\b|\b(?:xargs|env|nice|timeout|nohup|setsid|flock|stdbuf|ionice|chroot|taskset|watch|unshare|busybox|c89|c99|ex|vi|vim|awk|gawk|less|more|man)\b[^;&|\n]{0,40}?(?:-exec|-c\s*[:!]|!\s*\w|\bsystem\s*\(|\bsh\b|\bbash\b|\/bin\/)/,
    description: "Command runners that execute another command",
  },
  {
    id: 4011, category: "rce", paranoia: 2, score: 15, targets: ARGS, transformations: CMD,
    pattern: new RegExp(`^\\s*(?:${CMD_WORDS})(?:\\s+\\S+)?\\s*$`),
    description: "Value that is a bare shell command",
  },
  {
    id: 4012, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /(?:^|[\s;&|=\/])(?:usr\/(?:local\/)?)?s?bin\/[a-z][\w.+-]*/,
    description: "Absolute path to an executable",
  },
  {
    id: 4013, category: "rce", paranoia: 2, score: 15, targets: ["header:referer", "header:user-agent"], transformations: CMD,
    pattern: /\bset\s+[-+]o\s+\w|\bhistory\s+-[cdw]|\bunset\s+histfile|\bexport\s+\w+=/,
    description: "Shell builtin manipulation",
  },
  {
    id: 4014, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /<!--\s*#\s*(?:exec|include|echo|config|set|printenv)\b/, description: "Server-side include directive",
  },

  {
    id: 4015, category: "rce", paranoia: 1, score: 25, targets: ARGS_UA_REF, transformations: CMD,
    pattern: /(?:[;|`\n]|\$\(|\|\||&&)\s*[a-z][\w.+-]{1,30}\s+-{1,2}[a-z][\w-]*(?:\s|=|$)/,
    description: "Program with option flags after a shell separator",
  },
  {
    id: 4016, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\bfor\b(?:\s+\/[a-z])*(?:\s+(?:"[^"]*"|\S+))?\s+%%?[^\s]{0,40}\s+in\s*\([^)]*\)\s*do\b|\bif\s+(?:\/i\s+)?(?:not\s+)?(?:exist|defined|errorlevel|cmdextversion)\b|\bif\s+(?:\/i\s+)?(?:not\s+)?\S+\s*(?:==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s*\S+|%[a-z_]\w*(?::~[-\d,]+)?%|\bgoto\s+:\w+|(?:^|[&|(])\s*goto\s+\w+\s*(?:$|[&|)])|\bcall\s+:\w+|(?:^|[&|])\s*(?:@echo\s+(?:off|on)\b|echo\s+(?:off|on)\s*(?:$|[&|]))/,
    // GOTO and ECHO ON/OFF are words too: a label (`goto :eof`), `@echo`, or the command standing alone between
    // separators is batch syntax; "goto line 5" is not.
    description: "Windows batch constructs (FOR/IF/GOTO, %VAR%)",
  },
  {
    id: 4017, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // A variable is the command only when the payload sets it (`a=cat;$a /etc/passwd`): an unset `$a` expands
    // to nothing, so `;$a $b $c` runs nothing, and `;$a cat` (variables as spacers) runs the command after them.
    pattern: new RegExp(
      `(?:[;&|\`\\n]|\\$\\()\\s*\\$\\{?[a-z_]\\w*\\}?(?:\\s|$)(?<=\\b[a-z_]\\w*=[^]*)|` +
        `(?:[;&|\`]|\\$\\()\\s*(?:\\$\\{?[a-z_]\\w*\\}?\\s*)+(?:${CMD_WORDS})(?:\\s|$|[;&|<>\`)}])|` +
        `(?:\\b[a-z_]\\w*=[^;&|\\s]{0,12}(?:;|&&)\\s*){3,}|\\$[a-z_]\\w*\\$[a-z_]\\w*\\$[a-z_]\\w*`,
    ),
    description: "Shell variables assembled into a command",
  },
  {
    id: 4018, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /(?:^|[\s=;|&])\/(?:\[[^\]\s]{1,20}\]|[a-z?*])+(?:\[[^\]\s]{1,20}\][a-z?*]*)*\/(?:\[[^\]\s]{1,20}\]|[a-z?*])*\[[^\]\s]{1,20}\]|\/(?:e|\?)(?:t|\?)(?:c|\?)\/(?:\?|\*)|\/(?:\?|\*)(?:[a-z?*]){1,3}\/(?:pa|sh|\?)/,
    description: "Shell glob in a system path (/e?c/, /etc/[p]asswd)",
  },

  {
    id: 4019, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: new RegExp(
      `^\\s*(?:time|nohup|sudo|doas|env|nice|exec|eval|xargs|timeout|watch|strace|ltrace|command|builtin|busybox|setsid|stdbuf)\\s+(?:-\\S+\\s+)*(?:${CMD_WORDS})(?:\\s|$)|(?:[;|\`]|&&|\\|\\|)\\s*(?:${WORDY})\\s*$`,
    ),
    description: "Command prefixed by a runner (time, sudo, env…), or a bare command after a separator",
  },
  {
    id: 4020, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /\(\s*\)\s*\{[^}]{0,60}\|[^}]{0,60}&\s*\}|^\s*\(\s*\)\s*\{/,
    description: "Shell function definition (fork bomb, shellshock prefix)",
  },
  {
    id: 4021, category: "rce", paranoia: 1, score: 25, targets: ["query-value", "form-value", "xml-value", "multipart-value", "cookie-value"], transformations: DECODED,
    pattern: /[\r\n]\s*[a-z0-9]{1,10}\s+(?:authenticate|login|select|examine|status|append|fetch|store|uid|logout|capability|starttls)\b|[\r\n]\s*(?:ehlo|helo)\s+\S+|[\r\n]\s*(?:mail\s+from|rcpt\s+to)\s*:/,
    description: "IMAP/SMTP command injection",
  },

  {
    id: 4022, category: "rce", paranoia: 1, score: 25,
    targets: ["multipart-filename", "header:x-filename", "header:x-file-name", "header:x_filename", "header:x.filename"], transformations: DECODED,
    pattern: /(?:^|[\\/])\s*(?:\.htaccess|\.htpasswd|\.user\.ini|web\.config|php\.ini|wp-config\.php|\.bashrc|\.bash_profile|\.profile|authorized_keys|\.env)\s*$/,
    description: "Upload of a server or shell configuration file",
  },
  {
    id: 4023, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    pattern: /\balias\s+(?:-\w+\s+)*[\w.-]+=|\balias\s+[+-][a-z]/, description: "Shell alias definition",
  },

  // ======================= php ======================================================================
  {
    id: 5001, category: "php", paranoia: 1, score: 25, targets: ARGS_UA_REF, transformations: STD,
    pattern: /<\?(?:php\s|=|\s|$)|\{\/?php\}|<%\s*(?:@|=)?\s*(?:eval|response|request|execute)/, description: "PHP (or ASP) open tag",
  },
  {
    id: 5002, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\$_(?:get|post|cookie|request|server|files|env|session)\b|\$globals\b|\$http_raw_post_data\b|\$_\s*\[|php:\/\/(?:input|filter|stdin|fd|memory|temp)/,
    description: "PHP superglobal or php:// stream",
  },
  {
    id: 5003, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:shell_exec|passthru|popen|proc_open|pcntl_exec|create_function|call_user_func(?:_array)?|preg_replace|assert_options|file_get_contents|file_put_contents|fsockopen|pfsockopen|stream_socket_client|curl_exec|move_uploaded_file|base64_decode|gzinflate|gzuncompress|gzdecode|str_rot13|phpinfo|highlight_file|show_source|php_uname|getenv|putenv|ini_set|ini_get_all|ini_restore|set_include_path|parse_ini_file|var_dump|var_export|print_r|serialize|unserialize|array_map|array_filter|array_walk|usort|uasort|register_shutdown_function|register_tick_function|ob_start|escapeshellcmd|escapeshellarg|posix_\w+|fopen|fwrite|fputs|readfile|file|unlink|rmdir|mkdir|chmod|chown|symlink|copy|rename|glob|scandir|opendir|readdir|dl|mail|header|extract|parse_str|eval|assert|system|exec|include|include_once|require|require_once)(?:\(|\s+\(\s*(?:['"$()]|\d+\s*[,)]|[a-z_]\w*\s*(?:[(,]|\)\s*(?:[;.)]|$))))/,
    // With a space before the parenthesis the argument must read as PHP (a string, a variable, a call, a bare
    // word closed at the end of a statement): "the file (see below)", "system (s) biology" are prose.
    description: "Call of a dangerous PHP function",
  },
  {
    id: 5004, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /(?:['"]\s*\)|\]|\))\s*\(\s*['"][\w\s\/.-]*['"]\s*\)|\(\s*\[\s*['"]\w+['"]\s*\]\s*\)\s*\[|['"]\w*['"]\s*\.\s*['"]\w*['"]\s*\)\s*;|\bdefine\s*\(\s*['"]\w+['"]\s*,/,
    description: "Obfuscated PHP callable (string-built function name called)",
  },
  {
    id: 5005, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\$\$\w|\$\{\s*\$|\$\{\s*['"]?\w+['"]?\s*\}\s*(?:\(|\[|->)|\$\w+\s*(?:\[[^\]]{0,40}\]\s*|->\s*\w+\s*)*\(\s*[^)]{0,80}\)\s*;|\$\w+\s*=\s*['"]?\w+['"]?\s*;\s*\$\w+\s*\(/,
    description: "PHP variable variables or variable function call",
  },
  {
    id: 5006, category: "php", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\b[oca]:\d+:"[\w\\]+":\d+:\{|\ba:\d+:\{[sibd]:\d/, description: "PHP serialized object",
  },
  {
    id: 5007, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\b(?:allow_url_(?:include|fopen)|auto_(?:prepend|append)_file|disable_functions|open_basedir|safe_mode|suhosin\.\w+|register_globals|enable_dl|cgi\.force_redirect|doc_root|user_dir)\s*=/,
    description: "PHP configuration directive",
  },
  {
    id: 5008, category: "php", paranoia: 1, score: 25,
    targets: ["multipart-filename", "header:x-filename", "header:x-file-name", "header:x_filename", "header:x.filename"],
    transformations: DECODED, pattern: /(?:^|[\\/])sess_[\w-]{8,}|\.\s*(?:php\d?|phtml|phar|pht|phps|pgif|inc|jsp|jspx|asp|aspx|ashx|asmx|cer|shtml|cgi|pl)\b/,
    description: "Upload of a server-side script",
  },
  {
    id: 5009, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\$\s*\{\s*[a-z_]\w*\s*\}|\b(?:__halt_compiler|__construct|__destruct|__wakeup|__tostring|__call|__get|__invoke)\b|\bphp_\w+\b\s*\(|\bnew\s+(?:reflectionfunction|splfileobject|directoryiterator|globiterator|pdo|soapclient|simplexmlelement)\b/,
    description: "PHP constant interpolation, magic methods or dangerous classes",
  },
  {
    id: 5010, category: "php", paranoia: 2, score: 15, targets: ARGS, transformations: SQL,
    pattern: /\b(?:system|exec|shell_exec|passthru|eval|assert|popen)\b\s*(?:['"(]|\/\*)/, description: "PHP exec family name with call syntax",
  },

  {
    id: 5011, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /['"](?:system|exec|passthru|shell_exec|eval|assert|popen|proc_open|phpinfo|create_function|call_user_func)['"]\s*\(|(?:\)|\]|['"])\s*(?:\[\s*\d+\s*\]\s*)?(?:\{\s*\d+\s*\}\s*)?\(\s*['"]?[\w\s\/.$-]{1,40}['"]?\s*\)\s*;|["'](?:[^"']*\\x[0-9a-f]{2}){2,}[^"']*["']\s*\(|\$\w+\s*(?:\[\s*[^\]\s][^\]]{0,39}\]\s*)+\(|\$\{\s*['"]\w+['"]\s*\}|\(\s*string\s*\)\s*["']/,
    // An element call needs an index: `$a[]` is PHP's append syntax, which cannot be read, so `$a[]()` is a parse error.
    description: "PHP dynamic call: (expr)(arg); array-element call; hex-escaped function name",
  },
  {
    id: 5012, category: "php", paranoia: 1, score: 25, targets: ARGS_PATH, transformations: SQL,
    pattern: /(?:call_user_func(?:_array)?|get_defined_(?:functions|vars|constants)|create_function|func_get_args|array_diff\w*|array_intersect\w*|odbc_\w+|mysqli?_\w+|pg_(?:query|exec|connect)|proc_\w+|posix_\w+|pcntl_\w+|stream_\w+|preg_\w+|ob_\w+|gethostbyname\w*|unpack|pack|chroot|checkdate|substr|str_\w+|file_\w+|is_\w+|fsockopen|ftp_\w+|curl_\w+|shell_exec|passthru)\s*\(/,
    description: "Call of a PHP library function (name not needing a word boundary)",
  },
  {
    id: 5013, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\b(?:(?:mbstring|opcache|pcre|zend|phar|assert|xdebug|session|mysqli|pdo_mysql|sqlite3|filter|iconv|intl)\.[\w.]+|unserialize_max_depth|unserialize_callback_func|sendmail_path|error_log|display_errors|log_errors|html_errors|error_reporting|max_execution_time|memory_limit|upload_tmp_dir|file_uploads|include_path|extension_dir|zend_extension|expose_php|variables_order|request_order|short_open_tag|output_handler)\s*=/,
    description: "PHP ini directive",
  },

  {
    id: 5014, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:shell_exec|base64_decode|call_user_func(?:_array)?|create_function|file_get_contents|file_put_contents|fsockopen|pfsockopen|gzinflate|gzuncompress|move_uploaded_file|passthru|phpinfo|posix_\w+|proc_open|proc_nice|str_rot13|preg_replace|assert_options|php_uname|get_defined_functions|get_defined_vars|ini_set|ini_get_all|highlight_file|show_source|parse_str|pcntl_exec|pcntl_fork|escapeshellarg|escapeshellcmd|stream_get_contents|fpassthru|readfile|symlink|chgrp|lchown|apache_child_terminate)(?:\s*[(=]|\s*$(?<=^\s*\w+\s*))|\bdl\s*\(/,
    // dl() only as a call: "dl" alone is the decilitre of lab units (`unit=dl`, `mg/dl`).
    description: "High-risk PHP function called, or named as a whole value (a callback); not mentioned in prose",
  },

  {
    id: 5015, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:apache|ini|stream|socket|ftp|ssh2|posix|pcntl|proc|curl|mysqli?|pg|sqlite|ldap|imap|exif|gz|bz|zip|simplexml|dom|var|func|call|create|file|dir|is|array|str|preg|ob|session|highlight|show|php|get_defined|set_error|set_exception|register|spl|class|method|property|parse|unserialize|serialize|base64|hex2bin|bin2hex|htmlspecialchars|urldecode|rawurldecode|convert_uu|openssl|mcrypt|hash|crypt|md5|sha1|escapeshell|system|exec|shell|passthru|eval|assert|include|require)_[a-z0-9_]+\s*\(/,
    description: "PHP library function call (prefix_name(…))",
  },

  // ======================= generic (Node.js, SSRF, templates, prototype pollution) ===========================
  {
    id: 5501, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /__proto__|\bconstructor\s*(?:\.|\[\s*['"]?)\s*prototype\b|\bprototype\s*(?:\.|\[\s*['"]?)\s*(?:constructor|__proto__)/,
    description: "Prototype pollution",
  },
  {
    id: 5502, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\brequire\s*\(\s*['"`](?:child_process|fs|net|vm|os|http|https|process|dgram|cluster|worker_threads)['"`]\s*\)|\bchild_process\b|\bprocess\s*\.\s*(?:mainmodule|binding|env|exit|kill|dlopen|getbuiltinmodule)\b|\bglobal\s*\.\s*process\b|\bthis\s*\.\s*constructor\s*\.\s*constructor\b|\bconstructor\s*\.\s*constructor\s*\(|\bnew\s+function\s*\(|\bfunction\s*\(\s*\)\s*\{[^}]*\}\s*\(\s*\)|_\$\$nd_func\$\$_|__js_function|\beval\s*\(\s*(?:atob|string\.fromcharcode|unescape|decodeuricomponent)\b|\bspawn(?:sync)?\s*\(|\bexecsync\s*\(|\bmodule\s*\.\s*(?:require|constructor)\b/,
    description: "Node.js injection (child_process, Function constructor, node-serialize)",
  },
  {
    id: 5503, category: "generic", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /\b[a-z][\w+.-]{1,15}:\/\/(?:[^\/?#@\s]*@)?(?:\[[0-9a-f:.%\w]*\]|(?:localhost|127(?:\.\d+){1,3}|0\.0\.0\.0|169\.254(?:\.\d+){0,2}|(?:metadata|instance-data)(?:\.google(?:\.internal)?)?|100\.100\.100\.200|192\.168(?:\.\d+){0,2}|10(?:\.\d+){1,3}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d+){0,2})(?=[:\/?#\\\s@]|$)|0+(?:[\/:]|$)|0x[0-9a-f]+|0\d+\.\d|\d{8,}(?:[:\/]|$)|[\w.-]*\.(?:nip\.io|xip\.io|sslip\.io|localtest\.me|burpcollaborator\.net|oastify\.com|interact\.sh)\b|\d+\.\d+(?:\.\d+)?(?:[:\/]|$)|fd00:ec2|192\.0\.0\.192)|(?:^|[=\s])\/\/(?:169\.254\.|127\.|localhost\b|0x[0-9a-f]+|\d{8,}|\[)/,
    // Internal names and addresses must end the host (port, path, query, fragment or end follows): a public
    // domain may start with them (localhost.example.com, 192.168.example.org, metadata.example.com).
    description: "SSRF: URL to loopback, private, link-local, metadata or encoded IP",
  },
  {
    id: 5504, category: "generic", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /^\s*(?:gopher|dict|ldap|ldaps|jar|netdoc|tftp):\/\//, description: "SSRF-prone URL scheme",
  },
  {
    id: 5505, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // A loop that never ends has a constant condition: a truthy literal or object (`while(this)`, `while(+1)`,
    // `while(!!{})`, `while('x')`) or a negated falsy one (`while(!'')`, `while(!undefined)`); `while(loading)`
    // tests a variable.
    pattern: /\bwhile\s*\(\s*\(*\s*(?:!+\s*(?:false|null|undefined|nan|[+-]?0+|""|''|``)(?![\w.])|(?:!!)*\s*(?:(?:true|this|[+-]?(?:infinity|[1-9]\d*)|new\s+[a-z]\w*|window|self|globalthis|string|boolean|function|object|array)\b|\{[^}]*\}|\[[^\]]*\]|"[^"]+"|'[^']+'|`[^`]+`))[^)]*\)|\bfor\s*\(\s*;\s*;\s*\)|\bsetinterval\s*\(/,
    description: "JavaScript infinite loop (denial of service)",
  },
  {
    id: 5506, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\{\{[^}]{0,80}(?:__class__|__globals__|__builtins__|__import__|__subclasses__|__mro__|__init__|\bconfig\b|\blipsum\b|\bcycler\b|\bjoiner\b|\bnamespace\b|\bconstructor\b|\bself\b|\brequest\b|\bget_flashed_messages\b|\|\s*attr)|\{\{\s*\d+\s*[*+]\s*\d+\s*\}\}|\$\{\s*\d+\s*[*+]\s*\d+\s*\}|#\{\s*[^}]{0,60}\}|<%=?\s*[^%]{0,60}%>|\{%\s*(?:import|include|set|for|if|macro|raw|debug)\b|\$\{\s*(?:t\(|@|#|T\s*\()|\bfreemarker\.template|\?new\s*\(\s*\)|@\{\s*\[|\[\s*exec\s+['"]/,
    description: "Server-side template injection (Jinja, Twig, Freemarker, ERB, Perl, SpEL)",
  },
  {
    id: 5507, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\b(?:process|kernel|io)\s*\.\s*(?:spawn|popen|exec|sysopen|readlines|write)\b|\bsystem\s*\(\s*['"`]|\bexec\s*\(\s*['"`]|\bopen\s*\(\s*['"]\s*\|/,
    description: "Ruby/Perl/Python execution idiom",
  },
  {
    id: 5508, category: "generic", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    // RFC 2397: `data:[<type>/<subtype>][;<attribute>=<value>]*[;base64],<data>` — no space after the colon, so a
    // label such as "data: 1,2,3" is not one.
    pattern: /^\s*data:(?:[a-z]+\/[\w.+-]+)?(?:\s*;\s*[\w.+-]+=[^;,\s]*)*(?:\s*;\s*base64)?\s*,/, description: "data: URL in a parameter",
  },

  {
    id: 5509, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\bfunction\s*\w*\s*\([\w\s,]*\)\s*\{|\bconsole\s*\.\s*(?:log|info|warn|error|dir|debug|trace)\s*(?:\.\s*(?:call|apply|bind)\s*)?\(|\bprocess\s*\[|\brequire\s*[;,)]|\bimport\s*\(\s*['"`]|=>\s*\{[^}]*\b(?:require|process|eval|function)\b|\$\d+:[\w:]*(?:prototype|constructor|__proto__)/,
    description: "JavaScript code (function literals, console, process, dynamic import)",
  },
  {
    id: 5510, category: "generic", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /^\s*(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[::ffff:[\d.]+\]|host\.docker\.internal|gateway\.docker\.internal|metadata\.google\.internal|metadata|169\.254\.169\.254|kubernetes\.default(?:\.svc)?(?:\.cluster\.local)?)[:\/]/,
    description: "SSRF: bare internal host name",
  },
  {
    id: 5511, category: "generic", paranoia: 1, score: 25, targets: ["arg-names"], transformations: DECODED,
    pattern: /\w__\w+__(?:startswith|istartswith|endswith|iendswith|contains|icontains|regex|iregex|exact|iexact|has_keys?|has_any_keys|contained_by|overlap|isnull|range|search|in|gt|gte|lt|lte|year|date)\b|(?:[a-z]\w*__){3,}[a-z]\w*/,
    description: "ORM lookup traversal in a parameter name (Django-style __ filters)",
  },
  {
    id: 5512, category: "generic", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: RAW,
    pattern: ["XyQkTkRfRlVOQyQkX", "ICRuZF9mdW5jJCRf", "JCRORF9GVU5DJCRf", "X19qc19mdW5jdGlvb"],
    description: "Base64-encoded node-serialize / funcster function marker",
  },

  {
    id: 5513, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /\b(?:fs|vm|os|child_process|net|http)\s*\.\s*(?:readfile|writefile|readdir|appendfile|unlink|rmdir|createwritestream|createreadstream|runin\w*|exec\w*|spawn\w*|fork|createserver|connect|request)\w*\s*\(|\bnew\s+buffer\s*\(|\bbuffer\s*\.\s*from\s*\([^)]*base64|\beval\s*\(|\bfunction\s*\(\s*\)|\bglobalthis\b|\b(?:kernel|io|process|open3)\s*\.\s*\w+|%x[({\[]|\bsyscall\s*\(/,
    description: "Node.js/Ruby/Perl code execution primitive",
  },
  {
    id: 5514, category: "generic", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    pattern: /\b(?:file|gopher|dict|ldap|tftp|jar|netdoc|php|phar|expect):\/\/|\b(?:https?):\/\/[^\s\/]*(?:\.internal|\.local|\.localdomain|\.svc|\.cluster\.local)\b/,
    description: "URL with a local or internal target",
  },

  {
    id: 5515, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\bconstructor\s*\.\s*_load\b|\b_load\s*\(\s*['"`]|\bfunction\s*\(\s*['"`]\s*return\b|__(?:define|lookup)(?:getter|setter)__|\b(?:reflect|object)\s*\.\s*(?:construct|apply|defineproperty|setprototypeof|getownpropertydescriptor|assign)\s*\(|\bprocess\s*\.\s*(?:stdout|stderr|argv|cwd|chdir|umask|getuid|setuid)\b|\bimport\s*\.\s*meta\b|\bdeno\s*\.\s*(?:run|command|readtextfile)\b|\bbun\s*\.\s*(?:spawn|file)\b/,
    description: "JavaScript runtime internals (module loader, Reflect, process)",
  },

  // ======================= xss ======================================================================
  {
    id: 6001, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    pattern: /<\s*\/?\s*script\b|<\s*script[\s>\/]/, description: "Script tag",
  },
  {
    id: 6002, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    pattern: /<[a-z][\w:-]*[\s\/+][^>]{0,200}?\bon[a-z]{3,}\s*=|<[a-z][\w:-]*\s*\/\s*on[a-z]{3,}\s*=/, description: "Event handler attribute in a tag",
  },
  {
    id: 6003, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    pattern: /(?:java|vb|live|mocha)\s*script\s*:|data\s*:\s*(?:text\/html|image\/svg\+xml|application\/(?:x-)?(?:javascript|ecmascript))|\bformaction\s*=|\bsrcdoc\s*=|xlink:href\s*=/,
    description: "Script URL or HTML data URL",
  },
  {
    id: 6004, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    // Elements that load or run something by themselves match bare; the others (svg, math, base, meta, link,
    // set, template, …) do nothing without attributes, and `<set>`, `<link>`, `<template>` are also how usage
    // texts and documentation write placeholders.
    pattern: /<\s*(?:[a-z]+\s*:\s*)?(?:iframe|frameset|object|embed|applet|isindex|xss|xml|import|style|noscript|vmlframe|event-source)\b|<\s*(?:[a-z]+\s*:\s*)?(?:frame|svg|math|base|meta|link|marquee|bgsound|layer|ilayer|template|animate|set|handler|listener|portal)(?:[\s\/+]+[^\s>]|\s*\/?>\s*<)/,
    description: "Active-content HTML tag",
  },
  {
    id: 6005, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    pattern: /\b(?:alert|prompt|confirm|eval|settimeout|setinterval|fromcharcode|atob|execscript|print)\s*(?:\(|`)|\.\s*(?:call|apply)\s*\(\s*(?:this|null|window|self|top)\b|\bdocument\s*\.\s*(?:cookie|write|writeln|domain|location|body\.innerhtml)|\bwindow\s*\.\s*(?:location|open|name)\b|\.innerhtml\s*=|\blocation\s*\.\s*(?:href|hash|replace|assign)\b|\bself\s*\[\s*['"`]/,
    description: "JavaScript sink or dialog call",
  },
  {
    id: 6006, category: "xss", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    // CSS expression() only as a property value (`width:expression(…)`): "gene expression (TPM)" is everyday text here.
    pattern: /(?:[:=]|\{)\s*expression\s*\(|-moz-binding\s*:|\bbehavior\s*:\s*url|@import\b|\burl\s*\(\s*['"]?\s*(?:javascript|vbscript|data)\b|style\s*=[^>]*(?:expression|javascript|behavior|binding)/,
    description: "CSS-based script execution",
  },
  {
    id: 6007, category: "xss", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    pattern: /<!\s*(?:entity|doctype[^>]*\[)|<\s*!\s*\[\s*cdata\s*\[[^\]]*<|\+adw-|\+ad4-|<\s*\?\s*import/, description: "XML entity declaration, CDATA smuggling or UTF-7 markup",
  },
  {
    id: 6008, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    pattern: /<\s*(?:img|image|input|body|video|audio|source|details|svg|style|form|button|select|textarea|keygen|table|td|div|a|p|span|iframe)\b[^>]{0,200}?\b(?:src|href|action|background|dynsrc|lowsrc|data|poster|code)\s*=\s*['"]?\s*(?:[a-z]+script|data)\s*:/,
    description: "Tag attribute pointing at a script URL",
  },
  {
    id: 6009, category: "xss", paranoia: 1, score: 25, targets: ["query-value", "query-name", "cookie-value", "form-value", "header:referer", "path"], transformations: STD,
    pattern: /<\s*(?:img|image|input|body|video|audio|style|form|button|select|textarea|a|div|span|svg|details)\b[^>]{0,200}?\s[a-z-]+\s*=|["'`]\s*>\s*<\s*[a-z]/,
    description: "HTML tag with attributes or attribute breakout in a URL parameter",
  },
  {
    id: 6010, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH, transformations: STD,
    pattern: /\{\{\s*constructor\b|\{\{[^}]{0,60}\$(?:on|eval|parent)\b|\bng-(?:app|init|bind-html)\b|\bv-(?:html|bind)\b/,
    description: "Client-side template injection (AngularJS/Vue)",
  },
  {
    id: 6011, category: "xss", paranoia: 2, score: 10, targets: ["query-value", "cookie-value", "form-value", "header:referer"], transformations: STD,
    pattern: /<\s*\/?\s*[a-z][\w-]*[^>]*>/, description: "HTML tag in a URL parameter",
  },

  {
    id: 6012, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: SQL,
    pattern: /\b(?:window|document|self|top|parent|frames|globalthis|this)\s*\)?\s*\[\s*['"`](?:alert|cookie|eval|location|document|constructor|prompt|confirm|write|domain|open)|\bdocument\s*\.\s*(?:cookie|queryselector\w*|getelement\w*|createelement|body|forms|images|links|scripts|documentelement)\b|\.\s*(?:textcontent|innertext|outerhtml|innerhtml)\s*=/,
    description: "DOM access from a parameter (bracket or comment obfuscated)",
  },
  {
    id: 6013, category: "xss", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    pattern: /!\s*\[\s*\]\s*\+?\s*\[\s*\]|\+\s*!\s*\+\s*\[\s*\]|!!\s*\[\s*\]|\[\s*\]\s*\[\s*\(\s*!|\(\s*!\s*\[\s*\]/,
    description: "JSFuck-style obfuscated JavaScript",
  },
  {
    id: 6014, category: "xss", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    pattern: /<\s*xi\s*:\s*include\b|\bxsi\s*:\s*schemalocation\s*=|\bxmlns\s*:\s*xi\s*=|<\s*xsl\s*:\s*(?:stylesheet|value-of|copy-of|template)\b/,
    description: "XInclude / schema-location / XSLT injection",
  },
  {
    id: 6015, category: "xss", paranoia: 1, score: 25, targets: ["query-name", "query-value", "form-name", "form-value", "cookie-value", "header:referer", "xml-value"], transformations: STD,
    pattern: /["'`]\s*\/?\s*on[a-z]{3,30}\s*=|^\s*on[a-z]{3,30}\s*=\s*\S*\(|^\s+on[a-z]{3,30}\s*=/,
    description: "Event handler after an attribute breakout",
  },

  // ======================= sqli ======================================================================
  {
    id: 7001, category: "sqli", paranoia: 1, score: 25, targets: ARGS_UA_REF.concat(["path"]), transformations: SQL,
    pattern: /\bunion\b(?:\s*(?:all|distinct|distinctrow))?\s*\(?\s*select\b/, description: "UNION SELECT",
  },
  {
    id: 7002, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /['"`)]\s*(?:or|and|xor|\|\||&&)\s+(?:not\s+)?(?:\(?\s*\d+\s*(?:=|<>|!=|<=?|>=?|like|rlike|regexp)\s*\(?\s*(?:\d|\(|select\b)|['"`][^'"`]{0,20}['"`]\s*(?:=|<>|!=|like)\s*['"`]|(?:true|false|null)\b|\w+\s*(?:=|<>|!=)\s*\w+\s*(?:;|$)|\w+\s+(?:is\s+not|not\s+like|sounds\s+like|between\s+\d)|\w*\s*\(\s*select\b|exists\s*\()/,
    description: "Tautology or boolean injection after a quote",
  },
  {
    id: 7003, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /(?:^|[\s'"`(=])(?:or|and|xor|having|where|when|\|\||&&)\s+\(?\s*['"`]?(\d+)['"`]?\s*(?:=|<>|!=|<=>|<=?|>=?|like)\s*\(?\s*['"`]?\d+['"`]?\s*(?:--|#|;|\)|$|=|\s(?:and|or|limit|order|union|--))/,
    description: "Numeric tautology (or 1=1)",
  },
  {
    id: 7004, category: "sqli", paranoia: 1, score: 25, targets: ARGS_UA_REF.concat(["path"]), transformations: SQL,
    pattern: /\bbenchmark\s*\([^,]*,[^)]*\)|\b(?:sleep|pg_sleep|load_file|extractvalue|updatexml|utl_inaddr\.\w+|utl_http\.\w+|dbms_pipe\.\w+|dbms_lock\.sleep|sys_eval|sys_exec|xp_cmdshell|xp_dirtree|xp_regread|sp_executesql|sp_oacreate|sp_configure|openrowset|opendatasource|group_concat|json_keys|sqlite_version|sqlite_compileoption_get|sqlite_compileoption_used|randomblob|load_extension|pg_read_file|pg_ls_dir|lo_import|lo_export|current_setting|query_to_xml|dblink(?:_exec)?|unhex|name_const|exp\s*\(\s*~|geometrycollection|multipoint|polygon|linestring)(?:\(|\s+\(\s*(?:$|['"@(]|select\b|-?[\w.]+\s*(?:[,(]|\)\s*(?:$|[-+*\/=<>,;)|&#]|--|\b(?:and|or|xor|from|union|as|limit|order|group|having|where|like|is|between)\b))))|\bwaitfor\s+(?:delay|time)\b|\binto\s+(?:out|dump)file\b|\binformation_schema\b|\bsysobjects\b|\bsyscolumns\b|\bsys\.(?:objects|tables|columns|databases|sql_logins)\b|\bmysql\.(?:user|db)\b|\bpg_(?:catalog|shadow|user|tables|database)\b|\bsqlite_(?:master|schema|temp_master)\b|\bmsysobjects\b|\ball_tables\b|\buser_tables\b|@@(?:version|datadir|hostname|basedir|servername)\b/,
    // BENCHMARK(count, expr) is a delay only as a call with both arguments: `benchmark(2999, md5(` cut off before
    // any closing parenthesis is not a statement MySQL runs (CRS 942160 likewise demands `benchmark(…,…)`). With a
    // space before the parenthesis the argument must look like SQL, as in 7016 ("the sleep (see below)" is prose).
    description: "SQL function, system table or variable typical of injection",
  },
  {
    id: 7005, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /(?:;|['"`)])\s*(?:select\b[^;]{0,200}?\bfrom\b|insert\s+into\b|update\s+\w+\s+set\b|delete\s+from\b|drop\s+(?:table|database|schema|user|view|function|procedure)\b|alter\s+(?:table|user|database)\b|truncate\s+table\b|create\s+(?:table|user|function|procedure|trigger|database)\b|exec(?:ute)?\s*[\s(]|declare\s+@|shutdown\b|grant\s+\w|revoke\s+\w|set\s+@|call\s+\w+\s*\(|copy\s+\w+\s+(?:from|to)\b|load\s+data\b|handler\s+\w+\s+open|waitfor\b|begin\s+(?:dbms|declare)|if\s*\(|select\s+(?:\d|\*|@|case|if|char|concat|null|count|version|user|database|sleep|benchmark)\b)/,
    description: "Stacked query or statement after a quote",
  },
  {
    id: 7006, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:drop|alter|truncate)\s+(?:table|database|schema)\s+[\w`"\[]|\binsert\s+into\s+[\w`"\[.]+\s*(?:\([^)]{0,200}\)\s*)?(?:values|select)\b|\bdelete\s+from\s+[\w`"\[.]+\s+where\b|\bupdate\s+[\w`"\[.]+\s+set\s+[\w`"\[.]+\s*=|\bselect\s+(?:top\s+\d+\s+)?[\w*,`"\[\]().@\s]{1,120}?\s+from\s+[\w`"\[.]+\s+(?:where|limit|order|group|union)\b|\bselect\s+[^;]{0,120}\bfrom\s+(?:dual|users?|admin\w*|accounts?|members?|customers?|passwords?|credentials|logins?)\b/,
    description: "SQL statement structure",
  },
  {
    id: 7007, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:order|group)\s+by\s+\d+\s*(?:--|#|;|$|,\s*\d+\s*(?:--|#|;|$)|\s+(?:desc|asc)\s*(?:--|#|;))|['"`)]\s*(?:order|group)\s+by\b|['"`]\s*(?:limit|procedure\s+analyse|into\s+@|having)\b|\bhaving\s+\d+\s*=\s*\d+/,
    description: "ORDER BY / GROUP BY / HAVING injection",
  },
  {
    id: 7008, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:char|chr|nchar)\s*\(\s*\d+\s*\)\s*(?:\+|\|\||,)|\bchar\s*\(\s*\d+\s*(?:,\s*\d+\s*){2,}\)|\bconcat(?:_ws)?\s*\([^)]{0,100}(?:0x[0-9a-f]|char\s*\(|select\b|@@|version\s*\(|user\s*\()|\b0x[0-9a-f]{8,}\b|\bcast\s*\([^)]{0,80}\bas\s+(?:char|varchar|nvarchar|int|signed|text|numeric|binary)\b|\bconvert\s*\(\s*(?:int|varchar|char)\s*,|::\s*(?:int|integer|text|varchar|jsonb?|regclass|oid|bytea|numeric)\b/,
    description: "SQL type juggling, char() building, hex literals",
  },
  {
    id: 7009, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:starts_with|jsonb?_\w+|to_(?:json|char|number)|array_(?:agg|to_string)|string_agg|pg_\w+|sqlite_\w+|substr(?:ing)?|mid|ascii|ord|hex|bin|conv|length|instr|locate|position|elt|field|make_set|ifnull|nullif|coalesce|iif|if|case|user|current_user|session_user|system_user|database|schema|version)\s*\([^)]{0,80}\)\s*(?:::|[=<>!]+\s*['"\d(]|\bbetween\b|\blike\b|\bis\s+(?:not\s+)?null|--|#|;)|\b(?:and|or|xor|\|\||&&)\s+\(?\s*(?:select|substr(?:ing)?|ascii|ord|mid|length|if|case|exists|sleep|benchmark)\b\s*\(/,
    description: "SQL function compared in a boolean/blind injection",
  },
  {
    id: 7010, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    pattern: /['"`]\s*\)?\s*(?:(?:--|#)(?!['"`])|\/\*|;\s*(?:$|--|#|\/\*|(?:select|insert|update|delete|drop|alter|create|exec|execute|declare|union|shutdown|waitfor|truncate|grant|set|begin|if|call)\b))|^\s*['"`]\s*(?:(?:or|and|union|select)\b(?!['"`])|\|\||&&|[=<>])|\bor\s*['"`]\s*['"`]\s*=|['"`]\s*=\s*['"`]|['"`]\s*(?:\|\||&&|\^|div|mod|xor)\s*['"`]?\s*\w/,
    // A comment sign or keyword closed by a quote of its own is a quoted literal ('#' sign, "union" jack), not a
    // query cut short.
    description: "Quote followed by a comment, terminator or operator",
  },
  {
    id: 7011, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\bselect\s+(?:\*|\d+|null|@@\w+|user\s*\(|version\s*\(|database\s*\(|current_user|[\w.]+\s*(?:,\s*[\w.]+\s*)*)\s*from\s+[\w.`"\[]+|\bselect\s+\w+\s*\(|\(\s*select\s+[^)]{1,100}\)/,
    description: "SELECT query",
  },
  {
    id: 7012, category: "sqli", paranoia: 2, score: 15, targets: ARGS, transformations: SQL,
    pattern: /\b(?:cast|chr|char|count|concat|ascii|substr(?:ing)?|hex|unhex|md5|sha1|lower|upper|length|rand|floor|exp|iif|isnull|ifnull|nvl|decode|instr|replace|reverse|sleep|benchmark|version|database|user|schema|row_count|last_insert_id|uuid)\s*\(/,
    description: "SQL function call",
  },
  {
    id: 7013, category: "sqli", paranoia: 2, score: 15, targets: ARGS, transformations: SQL,
    pattern: /['"`]\s*(?:[-+*\/%&|^=<>]|\|\||&&)\s*['"`\d@(]|\b(?:and|or|xor)\s+['"`(]?\s*[@\w]+\s*['"`)]?\s*(?:=|<>|!=|<|>|like|is\s|in\s*\(|between)|\bin\s*\(\s*select\b|\bnot\s+between\b|@\w+\s*:=|\bor\s+\d|\band\s+\d/,
    description: "SQL operator chains (paranoia 2)",
  },
  {
    id: 7014, category: "sqli", paranoia: 1, score: 25, targets: ["cookie-value", "query-value", "form-value", "json-value", "header:user-agent", "header:referer"], transformations: SQL,
    pattern: /^\s*-?\d+\s*['"`)]?\s*(?:and|or|xor|\|\||&&)\s+(?:[(@'"`]|not\b|exists\b|true\b|false\b|null\b|select\b|sleep\b|benchmark\b|[\w.]+\s*(?:[=<>!(]|\b(?:like|rlike|regexp|between|is|in|div|mod)\b))|^\s*['"`]\s*(?:and|or)\b|^\s*\d+\s*;\s*(?:select|drop|insert|update|delete|exec|declare|waitfor|shutdown)\b/,
    // The clause after the operator must be a condition (a comparison, a call, a literal, a subquery): "1 or 2"
    // and "3 and up" are how people write quantities.
    description: "Numeric parameter followed by a boolean clause",
  },
  {
    id: 7015, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: ["urlDecode", "removeNulls", "lowercase"],
    pattern: /\/\*!\d*\s*(?:union|select|and|or|from|where|concat|sleep|benchmark)|\b(?:union|select|from|where|and|or)\/\*[^*]*\*\/(?:union|select|from|where|and|or|\d|\()/,
    description: "SQL keywords glued with comments (comment evasion)",
  },

  {
    id: 7016, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:sysdate|db_name|schema_name|make_set|uncompress|compress|xmltype|current_user|session_user|system_user|user_name|suser_s?name|is_srvrolemember|is_member|has_dbaccess|object_id|object_name|col_name|file_name|host_name|last_insert_id|row_count|found_rows|connection_id|uuid_short|inet_aton|inet_ntoa|weight_string|collation|coercibility|database|version|db_id|sha2|aes_(?:de|en)crypt|des_(?:de|en)crypt|encode|decode|export_set|char_length|octet_length|bit_length|soundex|quote|space|repeat|lpad|rpad|ltrim|rtrim|trim|rand|sleep)(?:\(|\s+\(\s*(?:$|['"@(]|select\b|-?[\w.]+\s*(?:[,(]|\)\s*(?:$|[-+*\/=<>,;)|&]|--|#|\b(?:and|or|xor|from|union|as|limit|order|group|having|where|like|is|between|div|mod)\b))))/,
    // With a space before the parenthesis the call must look like SQL: a quote, variable, subquery or several
    // arguments, or one argument closed and followed by an operator, a clause or the end. Prose has asides that
    // read on with words: "samtools version (1.17) was used", "repeat (3 times)", "space (optional)".
    description: "SQL-specific function call (a space before the parenthesis only with SQL-shaped arguments: prose has asides)",
  },
  {
    id: 7017, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\b(?:concat(?:_ws)?|substr(?:ing)?(?:_index)?|mid|ord|ascii|char|chr|cast|convert|count|user|length|hex|unhex|md5|sha1?|lower|upper|left|right|reverse|replace|instr|locate|position|ifnull|nullif|coalesce|iif|if|elt|field|floor|ceil|round|abs|exp|pow|power|sqrt|log|ln|sum|avg|min|max|group_concat|benchmark|load_file|extractvalue|updatexml|values|in|exists|date|day|month|year|now|curdate|curtime|sysdate|datediff|date_add|date_sub|str_to_date|from_unixtime|timestamp|trim|ltrim|rtrim|lpad|rpad|space|repeat|strcmp|soundex|bit_and|bit_or|bit_xor|stddev|variance|greatest|least|char_length|crc32|uuid|rand|random|nvl|decode|to_char|to_number|to_date|dbms_\w+|utl_\w+)[\s\]\[=&'"|!$\/*]{0,8}\(\s*$|\bvalues\s*\(\s*['"\d@]|\b(?:nvarchar|varchar2?|autonomous_transaction|sysprocesses|syscomments|sysfilegroups|sysfiles|northwind|pubs|msdb|tempdb|sysibm|syscat|sysdummy1|schema_name|table_name|column_name|table_schema|column_schema|all_tab_columns|user_tab_columns|sysusers|sysdatabases|syslogins|xp_\w+|sp_(?:executesql|oacreate|oamethod|addextendedproc|configure|password|makewebtask|addlogin|addsrvrolemember))\b/,
    description: "Truncated SQL function call, or a database catalog / procedure name",
  },
  {
    id: 7018, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /['"`]\s*\)*\s*(?:select|union(?:\s+(?:all|distinct))?\s*\(*\s*select|exec(?:ute)?|declare|waitfor|shutdown|collate|glob|regexp|rlike|sounds\s+like|ilike|similar\s+to|procedure|into\s+(?:out|dump)file|order\s+by|group\s+by|limit\s+\d)\b(?!['"`])|['"`]\s*(?:and|or)\s+\w+\s+(?:ilike|rlike|regexp|glob|like)\s+\w/,
    // The keyword must not be closed by a quote itself: the "select" button quotes a word, it does not end a string.
    description: "SQL keyword right after a closing quote",
  },

  {
    id: 7019, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /(?:^|['"`\s)(=,])(?:or|and|xor|\|\||&&)\s*\(?\s*(?:\d+|'[^']{0,20}'|"[^"]{0,20}"|true|false|null)\s*(?:=|<>|!=|<=?|>=?|-|\+)\s*(?:['"`(\d]|true|false|null|$)|(?:^|[\s=])(?:and|or|\|\||&&)\s*[a-z_]\w*\s*(?:==|!=|=|<>)\s*['"]?\s*$|(?:\|\||&&)\s*\(\s*\w+\s*(?:={1,3}|!=)|['"`]\s*(?:\|\||&&)\s*(?:true|false|\d|\(|select|not)\b|\bif\s*\(\s*\d+\s*[=<>]/,
    description: "Boolean clause with literals, or a dangling comparison",
  },
  {
    id: 7020, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    pattern: /(?:;|--)(?:drop|alter|truncate|update|delete|insert|create|rename|grant|revoke|select|exec|shutdown|declare)\b/,
    description: "SQL statement glued to a terminator or comment",
  },
  {
    id: 7021, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /\bin\s*\(\s*select\b|\bdeclare\s+@\w+|\bprocedure\s+analyse\b|(?:\)|['"`]|\b\d+)\s*as\s+['"`]?\w+['"`]?\s+from\b|\bcreate\s+(?:table|database|schema|user|view|function|procedure|trigger|index)\s+[\w`"\[]|\bfrom\s+[\w.`"\[\]]+\s+(?:where\s+[\w.`"\[\]]+\s*(?:=|<|>|like\b|in\b|is\b)|group\s+by\b|order\s+by\s+[\w.`]+\s*(?:asc|desc|,|$|limit))|\bselect\s+0x[0-9a-f]+|::\s*(?:bigint|smallint|float|real|boolean|bool|date|timestamp|inet|xml|name|regproc|char)\b|\b(?:lo_get|lo_open|lo_from_bytea|pg_read_binary_file)\s*\(/,
    description: "SQL subquery, declaration, alias-from, DDL or PostgreSQL cast",
  },
  {
    id: 7022, category: "sqli", paranoia: 1, score: 25, targets: ["query-name", "form-name", "json-key", "cookie-name"], transformations: DECODED,
    pattern: /\[\s*\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|text|elemmatch|size|type|mod|all|function|accumulator)\s*\]|^\$(?:ne|eq|gt|gte|lt|lte|in|nin|regex|where|exists|or|and|not|nor|expr|text|elemmatch|function|accumulator)$/,
    description: "NoSQL (MongoDB) operator injection",
  },

  {
    id: 7023, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    pattern: /['"]?\{[^}]*\}['"]?\s*(?:::\s*jsonb?|@>|<@)|->>\s*['"]|#>>?\s*['"]\{|\bjson_(?:extract|contains|keys|search|value|query|array_length|unquote|object)\s*\(|\bcase\s+when\b[^;]{0,120}\bthen\b|\bmatch\s*\([^)]{0,80}\)\s*against\s*\(|\bmerge\s+into\b|\bexecute\s+immediate\b|\balter\s+\w+\s+character\s+set\b|\/\*!\d*|\d\.e[(),]|^\s*(?:2\.2250738585072011e-308|4294967295|4294967296|2147483648|9223372036854775807|18446744073709551615)\s*$|\bcreate\s+function\s+\w+\s+returns\b/,
    description: "JSON operators, CASE WHEN, MATCH AGAINST, MySQL version comments, numeric overflow probes",
  },

  // ======================= session fixation ============================================================
  {
    id: 8001, category: "session-fixation", paranoia: 1, score: 25, targets: ["query-name", "form-name", "json-key"], transformations: DECODED,
    // Session cookie names of web frameworks, and names that say session id/token/key. Not `sid` or `session` on
    // their own: here they are a sample or study id and a sequencing session (`?sid=S001`, `?session=3`).
    pattern: /(?:^|[_.-])sess(?:ion)?[_.-]?(?:id|token|key)$|^__(?:host|secure)-|[_.-]session[_.-]token$|^(?:cakephp|jwsession|cfsid|koa\.sess|play_session|jsessionid|phpsessid|phpsession|weblogicsession|jservsession|_flask_session|aspsessionid\w*|asp\.net_sessionid|sessionid|session[_.-]?id|_session_id|sess_id|sessid|laravel_session|sails\.sid|connect\.sid|ci_session|cfid|cftoken|rack\.session|_rails_session|express\.sid|koa\.sid|beaker\.session\.id|symfony|zend_session)$/,
    description: "Session identifier passed as a request parameter, arriving from another site or with no Referer",
    offsiteRefererOnly: true,
  },
  {
    // Parameters and the path only (as CRS 943100): a Referer is the URL of the page the user came from, and a
    // `;jsessionid=` in it fixes nothing here.
    id: 8002, category: "session-fixation", paranoia: 1, score: 25, targets: URL_ARGS, transformations: STD,
    pattern: /\.\s*cookie\s*=|\bset-cookie\s*:|http-equiv\s*=\s*['"]?\s*set-cookie|;\s*jsessionid=/, description: "Cookie set from a parameter",
  },

  // ======================= java ======================================================================
  {
    id: 9001, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\$\{[^}]{0,80}?(?:jndi|\$\{|lower:|upper:|env:|sys:|java:|date:|main:|ctx:|bundle:|base64:|::-|k8s:|docker:|spring:|log4j:|web:|sd:)|\$\{\s*(?:jndi|ldap|rmi|dns|iiop|corba|nds|nis):/,
    description: "Log4Shell-style lookup",
  },
  {
    id: 9002, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\bjava\.(?:lang|io|net|nio|util|beans|rmi|security|sql|awt|applet)\b|\bjavax\.(?:script|naming|management|xml|el|faces)\b|\bcom\.sun\.|\bsun\.(?:misc|reflect|rmi|net|nio|tools)\b|\borg\.apache\.(?:commons|xalan|xerces|bcel|tomcat|struts2?|log4j|catalina|naming|myfaces|wicket|shiro|velocity)\b|\bcom\.opensymphony\b|\borg\.springframework\b|\borg\.codehaus\.groovy\b|\borg\.omg\.|\bbsh\.interpreter\b|\bognl\.|\bjavassist\b|\bcom\.mchange\.|\borg\.hibernate\b|\bjdk\.(?:internal|jshell|nashorn)\b|\bgroovy\.(?:lang|util)\b|\bclojure\.(?:lang|core)\b|\bcom\.thoughtworks\.xstream\b|\borg\.mozilla\.javascript\b|\bcom\.alibaba\.fastjson\b|\bcom\.fasterxml\.jackson\.databind\b/,
    description: "Reference to a dangerous Java package",
  },
  {
    id: 9003, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\b(?:clonetransformer|forclosure|instantiatefactory|instantiatetransformer|invokertransformer|prototypeclonefactory|prototypeserializationfactory|whileclosure|chainedtransformer|constanttransformer|templatesimpl|annotationinvocationhandler|lazymap|transformedmap|badattributevalueexpexception|jdbcrowsetimpl|xmldecoder|beancomparator|priorityqueue|unicastref|remoteobjectinvocationhandler|jndilookup|rmiconnector)\b/,
    description: "Java deserialization gadget class",
  },
  {
    id: 9004, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\bjava\b.{0,40}?\b(?:runtime|processbuilder|classloader|getruntime|scriptengine)\b|\b(?:runtime|processbuilder)\s*(?:\.|\(|\)\s*\.)\s*(?:getruntime|exec|start|command|evil|\w*transformer|\w*closure|\w*factory)\b|\bgetruntime\s*\(\s*\)\s*\.\s*exec\b|\bnew\s+processbuilder\b|\bclass\s*\.\s*forname\s*\(|\.\s*getclass\s*\(\s*\)\s*\.\s*(?:forname|getclassloader|getmethod)|\.(?:getdeclaredmethod|getdeclaredconstructor|getmethod)\s*\(\s*['"]|\bscriptenginemanager\b/,
    description: "Java runtime execution idiom",
  },
  {
    id: 9005, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: RAW,
    pattern: /\xac\xed\x00\x05|rO0AB|aced0005|H4sIAAAAAAAA[A-Z]/, description: "Serialized Java object (raw, hex or base64/gzip magic)",
  },
  {
    id: 9006, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: RAW,
    pattern: B64_JAVA, description: "Base64-encoded Java gadget keyword",
  },
  {
    id: 9007, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /%\{[^}]{0,200}(?:#_memberaccess|#context|#attr|@java\.|#application|#session|#request|\.getruntime|#cmd|#iswin|ognl)|\(#[a-z_]+\s*=|#_memberaccess|@ognl\.ognlcontext|\bclass\.module\.classloader|\bclass\.classloader\b|\bclassloader\.(?:resources|urls)\b|\.classloader\.|\bxwork\.\w+|\bstruts\.(?:token|action)/,
    description: "OGNL / Spring class-loader manipulation (Struts, Spring4Shell)",
  },
  {
    id: 9008, category: "java", paranoia: 1, score: 25, targets: ARGS_HEADERS, transformations: DECODED,
    pattern: /\bT\s*\(\s*java\.|#\{\s*T\s*\(|\$\{\s*T\s*\(|\b(?:new|T)\s*\(\s*java\.[\w.]+\)|@type['"]\s*:\s*['"](?:com|org|java)\.|["']@type["']/i,
    description: "SpEL type reference or polymorphic JSON type key",
  },
];
