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
/** JavaScript escapes decoded as well: `\u0072equire` is `require` to the engine that evaluates it. */
const JS: readonly TransformName[] = ["urlDecode", "htmlEntityDecode", "jsDecode", "nfkc", "removeNulls", "lowercase"];
/** A value that is one base64 token is decoded first (serialized payloads travel base64-encoded). */
const B64: readonly TransformName[] = ["urlDecode", "base64Decode", "jsDecode", "removeNulls", "lowercase"];
/** Case-folded, comments kept (MySQL executes version comments, so they are the signal). */
const COMMENTS: readonly TransformName[] = ["urlDecode", "removeNulls", "lowercase"];

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

/**
 * Command names that are not English words or units and have no scientific homonym: a value that starts with one
 * and goes on with an argument or a shell separator is a command line. Ordinary words that are also commands
 * (`find`, `sort`, `fold`, `join`, `node`, `make`, `screen`, `rpm`, `salt`, `gem`…) are left out on purpose.
 */
const COMMAND_ONLY_NAMES =
  "ansible(?:-[a-z]+)?|chef-[a-z]+|visudo|apt-get|aptitude|dpkg|zypper|pacman|docker|docker-compose|kubectl|" +
  "podman|systemctl|journalctl|loginctl|timedatectl|hostnamectl|useradd|userdel|usermod|groupadd|chpasswd|passwd|" +
  "chmod|chown|chgrp|chattr|chroot|crontab|sudo|doas|pkexec|nohup|setsid|strace|ltrace|gdb|ncat|netcat|socat|nmap|" +
  "nping|hping3|telnet|wget|curl|aria2c|lwp-[a-z]+|tftp|sftp|ssh|sshpass|ssh-keygen|ssh-keyscan|rsync|smbclient|" +
  "tcpdump|tshark|iptables|ip6tables|ifconfig|ipconfig|netstat|nslookup|traceroute6?|whoami|uname|printenv|busybox|" +
  "bash|zsh|ksh|csh|tcsh|certutil|bitsadmin|wmic|mshta|rundll32|regsvr32|cscript|wscript|schtasks|xargs|base64|" +
  "base32|xxd|hexdump|openssl|mkfifo|killall|pkill|pgrep|lsof|dmesg|sysctl|insmod|modprobe|lsmod|mysql|mysqldump|" +
  "psql|sqlite3|redis-cli|mongosh|gcc|g\\+\\+|zcat|bzcat|xzcat|zstdcat|zgrep|egrep|fgrep|gawk|nawk|mawk|tclsh|" +
  "jrunscript|jshell|powershell|pwsh|php-cgi|cpulimit|pip3?|npm|npx|cpan|easy_install|perf|valgrind|gcore|" +
  "update-alternatives|lsb_release|lscpu|lshw|lspci|lsusb|lsblk|dmidecode|getent|getfacl|setfacl|nsenter|unshare|" +
  "capsh|setcap|getcap|runuser|systemd-run|start-stop-daemon|run-parts|rlwrap|ldconfig|readelf|objdump|vipw|vigr|" +
  "ifup|ifdown|iwconfig|nmcli|virsh|ufw|firewall-cmd|semanage|setenforce|auditctl|mount\\.cifs|smbmap|rpcclient|" +
  "enum4linux|msfconsole|msfvenom|sqlmap|hashcat|mimikatz|procdump";

/** SQL functions no other language or prose shares (MySQL, PostgreSQL, MSSQL, Oracle, SQLite): a call is SQL. */
const SQL_ONLY_FUNCTIONS =
  "adddate|addtime|aes_(?:de|en)crypt|asciistr|bin_to_num|bit_(?:and|count|length|x?or)|char(?:acter)?_length|" +
  "coercibility|concat_ws|connection_id|convert_tz|curdate|curtime|current_(?:date|setting|time(?:stamp)?|user)|" +
  "database_to_xml|date_(?:add|format|sub)|datediff|dayname|dayof(?:month|week|year)|des_(?:de|en)crypt|export_set|" +
  "fi(?:el|n)d_in_set|found_rows|from_(?:base64|days|unixtime)|geometrycollection|get_(?:format|lock)|getpgusername|" +
  "group_concat|gtid_subset|hextoraw|inet6?_(?:aton|ntoa)|is_(?:free_lock|used_lock|ipv4(?:_compat|_mapped)?|ipv6|superuser)|" +
  "json_(?:agg|array(?:agg|_elements(?:_text)?|_length|_append|_insert)?|build_(?:array|object)|each(?:_text)?|extract(?:_path(?:_text)?)?|object(?:agg|_agg|_keys)?|populate_record(?:set)?|strip_nulls|to_record(?:set)?|typeof|contains(?:_path)?|keys|search|value|query|unquote|set|insert|replace|remove|merge(?:_patch|_preserve)?|valid|depth|length|type|quote|pretty|overlaps|table)|jsonb_[a-z_]+|last_day|last_insert_id|lcase|load_file|localtimestamp|lo_(?:from_bytea|put|get|import|export)|" +
  "make_set|makedate|master_pos_wait|monthname|multi(?:linestring|point|polygon)|name_const|not_in|" +
  "octet_length|old_password|period_(?:add|diff)|pg_[a-z_]+|procedure_analyse|query_to_xml|rawtohex|release_lock|" +
  "row_count|row_to_json|sec_to_time|session_user|sqlite_[a-z_]+|stddev_(?:pop|samp)|str_to_date|strcmp|subdate|" +
  "substring_index|subtime|sysdate|system_user|time_(?:format|to_sec)|timediff|timestamp(?:add|diff)|" +
  "to_(?:base64|days|seconds|nchar)|ucase|uncompress(?:ed_length)?|unhex|unistr|unix_timestamp|updatexml|" +
  "use_json_null|utc_(?:date|time(?:stamp)?)|uuid_short|var_(?:pop|samp)|weekofyear|weight_string|xmltype|yearweek|" +
  "extractvalue|utl_(?:http|inaddr|file)\\.\\w+|dbms_\\w+\\.\\w+";

/**
 * Dangerous PHP-only library functions (code evaluation and callbacks, shell and process control, file and network
 * access, deserialization, runtime reconfiguration): no other language has these names. Harmless informational or
 * encoding helpers (json_encode, filemtime, htmlspecialchars…) are left out, as CRS does.
 */
const PHP_ONLY_FUNCTIONS =
  "bzopen|get_meta_tags|get_defined_(?:functions|vars|constants)|gz(?:decode|inflate|uncompress|file|open)|" +
  "header_register_callback|hex2bin|iterator_apply|mb_(?:eregi?(?:_replace(?:_callback)?)?|parse_str)|phpinfo|" +
  "php_(?:uname|strip_whitespace)|readgzfile|rename_function|runkit_[a-z_]+|" +
  "set_(?:magic_quotes_runtime|error_handler|exception_handler|include_path)|setdefaultstub|str_rot13|u[ak]sort|" +
  "base64_decode|shell_exec|proc_(?:open|close|nice|terminate|get_status)|posix_[a-z_]+|pcntl_[a-z_]+|" +
  "preg_(?:replace(?:_callback(?:_array)?)?|match(?:_all)?|split)|call_user_func(?:_array)?|create_function|" +
  "escapeshell(?:arg|cmd)|file_(?:get|put)_contents|p?fsockopen|stream_(?:socket_client|context_create|get_contents)|" +
  "socket_(?:connect|create)|curl_(?:exec|init|file_create)|move_uploaded_file|parse_(?:str|ini_file)|" +
  "register_(?:shutdown|tick)_function|session_set_save_handler|simplexml_load_(?:string|file)|spl_autoload_register|" +
  "sqlite_(?:exec|query|open|popen|create_function|array_query|single_query|unbuffered_query)|ini_(?:get_all|set|restore)|" +
  "highlight_file|show_source|ob_start|odbc_(?:exec|execute|connect)|ftp_(?:connect|ssl_connect|get|put|nb_get|nb_put)|" +
  "mysqli?_query|pg_(?:query|execute|prepare|connect)|assert_options|array_(?:map|filter|reduce|walk)|unserialize|putenv|" +
  "fpassthru|passthru|popen|zlib_decode";

/** PHP comments and whitespace, which PHP allows between a callee and its argument list. */
const PHP_GAP = String.raw`(?:\s|#[^\n]*(?:\n|$)|\/\/[^\n]*(?:\n|$)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)`;

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
    // The repeated-charset test walks to the first two `;` deterministically (`^[^;]*;[^;]*;`): the former
    // `;[^]*;[^]*charset[^]*charset` tried every pair of semicolons and took minutes on a header of 8 KB of `;`.
    pattern: /^(?!\s*multipart\/)[^;]*;[^]*\bboundary\s*=|^[^;]*,|^[^;]*;[^;]*;(?:[^]*?\bcharset){2}/,
    description: "Content-Type with a boundary on a non-multipart type, several types, or repeated charset",
  },
  {
    id: 1039, category: "protocol", paranoia: 1, score: 25, targets: ["header:content-type"], transformations: ["lowercase"],
    // RFC 9110 §8.3: `type/subtype` then `; name=value` parameters. Parameters other than the ones media types used
    // with HTTP bodies define (charset, boundary, type, start, action, version…), or loose spacing around `=`, are
    // how parser-differential bypasses are built (a boundary one parser finds and the WAF does not).
    pattern: /^(?![\w\/.+*-]+(?:\s?;\s*(?:action|boundary|charset|component|start(?:-info)?|type|version|profile|format|q)\s?=\s?['"\w.()+,\/:=?<>@#*-]+)*\s*;?\s*$)/,
    description: "Malformed Content-Type (unexpected parameter or spacing)",
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

  {
    id: 1038, category: "protocol", paranoia: 1, score: 25, targets: ["cookie-name"], transformations: ["lowercase"],
    // RFC 2965 cookie attributes (`$Version`, `$Path`, `$Domain`, `$Port`) sent back by a client: the obsolete
    // "Cookie2" syntax, which no browser sends and which servers parse differently (quoted values spanning `;` hide
    // or smuggle cookies).
    pattern: /^\s*\$(?:version|path|domain|port)\s*$/,
    description: "Obsolete RFC 2965 cookie attribute in the Cookie header (cookie parser confusion)",
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
    id: 3009, category: "lfi", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header"]), transformations: ["lowercase"],
    // A dot-dot segment between two separators where a dot or a separator is written in one of the encodings that
    // servers and frameworks decode (percent, double percent, %u, over-long UTF-8, `0x`, full-width and one-dot
    // leader, trailing NUL or `?`). The all-plain `/../` is left to 3001/3002.
    pattern: /(?![\/\\]\.\.\.?[\/\\])(?:[\/\\]|%2f|%5c|%252f|%255c|%c0%af|%c1%9c|%c1%1c|%c1%af|%e0%80%af|%u2215|%u2216|%uefc8|%uf025|%u002f|%u005c|0x2f|0x5c)(?:(?:\.|%2e|%252e|%u002e|%uff0e|%u2024|%c0%2e|%c0%ae|%e0%80%ae|0x2e)(?:%0[01]|\?)?){2,3}(?:[\/\\]|%2f|%5c|%252f|%255c|%c0%af|%c1%9c|%c1%1c|%c1%af|%e0%80%af|%u2215|%u2216|%uefc8|%uf025|%u002f|%u005c|0x2f|0x5c)/,
    description: "Directory traversal with an encoded dot or separator (mixed, Unicode, over-long or 0x encodings)",
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

  {
    id: 3007, category: "lfi", paranoia: 1, score: 25, targets: ["path"], transformations: PATH,
    // What a scanner asks a web server for: build manifests, deployment and credential files, database dumps,
    // IDE folders. None of them is a route of this app (pages and API routes have no file extension but the
    // static assets under /_next/).
    pattern: /(?:^|\/)(?:config(?:[._-](?:dev|prod|sample|test))?\.(?:asp|ini|json|php|pl|py|rb|toml|txt|xml|ya?ml)|config\.(?:sample\.)?inc\.php|defaults\.inc\.php|credentials\.json|(?:user_)?secrets\.(?:json|ya?ml)|aws(?:-key)?\.ya?ml|auth\.json|wp-config[._-][^\/]*|package(?:-lock)?\.json|npm-shrinkwrap\.json|packages\.json|composer\.(?:json|lock)|bower\.json|gruntfile\.js|webpack\.config\.js|yarn\.lock|cargo\.toml|dockerfile|(?:docker-)?compose\.ya?ml|database\.ya?ml|(?:parameters|routing|security|services)\.yml|\.?phpcs\.xml(?:\.dist)?|\.php_cs\.dist|weblogic\.xml|coverage\.xml|sslvpn_websession|(?:debian|mysql|mysqldump|my)\.cnf|ftp-sync\.json|sftp\.json|ldap-authentication-report\.csv|fish_variables|phpinfo\.php|localsettings\.php|configuration\.php|initial_root_password|gitlab\.rb|__pycache__|nbproject|web-inf|(?:php_errors?|yarn-(?:debug|error)|npm-debug|pm2|debug)\.log)(?:$|\/)|\.sql\.(?:\d{3}|7z|bz2?|ace|arj|cpio|gz|lha|lz|pa|pea|r\d\d|rar|rev|tar|taz|tbz|tgz|txz|uha|xz|yz1|z)$|\/sites\/default\/(?:default\.)?settings(?:\.local)?\.php$|\/app\/(?:etc\/(?:env\.php|local\.xml)|config\/parameters\.php)$|\/config\/settings\.inc\.php$/,
    description: "Request for a build manifest, deployment, credential or database-dump file",
  },
  {
    id: 3008, category: "lfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: PATH,
    // A system path counts from the root: at the start of the value or of a word (after a space, quote, `=`, `:`
    // or a `../` climb), with or without its leading slashes. `results/etc/summary.tsv` is a project folder, and
    // "etc." in prose ends with a full stop.
    pattern: /(?:^|[\s=:'"~]|\.\.[\\\/])[\\\/]*(?:etc\/[a-z_][\w.+-]*|var\/(?:log|www|lib\/(?:mysql|pgsql|elasticsearch|squirrelmail)|mail|spool|run\/(?:secrets|utmp)|cpanel|adm|webmin|apache2?|lighttpd|postgresql|htmp|saf)(?:\/|$)|windows\/(?:system32|syswow64|win\.ini|system\.ini|repair|debug|panther|[\w-]+\.log)|winnt\/|inetpub\/|xampp\/|wamp\/|lampp\/|boot\/grub|opt\/(?:lampp|xampp|tomcat|jboss|apache2?|nuxeo|httpd)(?:\/|$)|home\/[\w.-]+\/\.[a-z]|usr\/(?:local\/(?:etc|apache\d*|zeus)|pkg\/etc|lib\/(?:php|security|cron)|share\/(?:tomcat|squirrelmail|adduser|logs)|spool)(?:\/|$)|system32\/(?:config|inetsrv|drivers)|proc\/(?:\d+|self|thread-self|acpi|asound|bus|cmdline|cpuinfo|crypto|devices|diskstats|driver|filesystems|interrupts|iomem|ioports|kallsyms|kcore|keys|kmsg|loadavg|locks|meminfo|modules|mounts|net|partitions|sched_debug|scsi|slabinfo|stat|swaps|sys|sysrq-trigger|tty|uptime|version|vmstat|zoneinfo)(?:\/|$)|sys\/(?:block|bus|class|dev|devices|firmware|fs|hypervisor|kernel|module|power)(?:\/|$))|(?:^|[\\\/\s=:'"~])\.(?:(?:(?:ba|a|c|tc|k|z)?sh_history|bash_(?:profile|logout|aliases)|zhistory|(?:mysql|psql|php|python|node_repl|sqlite|rediscli|nano|lldb)[_-]history|lesshst|viminfo|vimrc|zshrc|zshenv|cshrc|tcshrc|kshrc|ashrc|profile|bashrc|netrc|pgpass|my\.cnf|s3cfg|boto|npmrc|pypirc|yarnrc|pearrc|gitconfig|git-credentials|password-store|xauthority|rhosts|msmtprc|procmailrc|google_authenticator|envrc|htdigest|lighttpdpassword|deployment-secrets\.txt)(?![\w.-])|(?:git|ssh|aws|azure|kube|docker|gnupg|terraform|minikube|vagrant\.d|subversion|svn|hg)\/)/,
    description: "Operating-system or home-directory file named in a parameter (system directories, /proc and /sys, shell histories, credential dotfiles)",
  },
  {
    id: 3105, category: "rfi", paranoia: 1, score: 25, targets: URL_ARGS, transformations: DECODED,
    // The value is one token: a scheme name (with or without the rest of a URL) ended by `?`, which turns whatever
    // the application appends (`.php`, a path) into a query string.
    pattern: /^\s*(?:file|ftps?|https?)(?::[^\s?]*)?\?+\s*$/,
    description: "Remote-inclusion probe: a scheme name or URL ending in `?` as the whole value",
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
      `(?:[;&|\`\\n]|\\$\\(|\\|\\||&&)\\s*(?:(?:\\/usr)?(?:\\/local)?\\/s?bin\\/)?(?:${WORDY})\\s+(?:-{1,2}\\w|\\/\\w|~|\\$|\\.{1,2}\\/|\\*|[a-z]:(?:[\\\\/]|[\\w%]{2})|%\\w+%)`,
    ),
    description: "Command with a word-like name after a shell separator, given a flag or path argument (Unix or Windows)",
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
    pattern: /\bfor\b(?:\s*\/[a-z]\b[^%\n]{0,120}|\s+(?:"[^"]*"|[^\s%]+))?\s+%%?[^\s]{0,40}\s+in\s*\((?:[^()\n]|\([^()\n]*\)){0,200}\)\s*do\b|\bif(?:\s*\/i)?\s+(?:not\s+)?(?:exist|defined|errorlevel|cmdextversion)\b|\bif(?:\s*\/i)?\s+(?:not\s+)?(?:"[^"\n]{0,80}"|\[[^\]\n]{0,80}\]|\{[^}\n]{0,80}\}|\S+)\s*(?:==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s*\S+|%[a-z_]\w*(?::~[-\d,]+)?%|\bgoto\s+:\w+|(?:^|[&|(])\s*goto\s+\w+\s*(?:$|[&|)])|\bcall\s+:\w+|(?:^|[&|])\s*(?:@echo\s+(?:off|on)\b|echo\s+(?:off|on)\s*(?:$|[&|]))/,
    // GOTO and ECHO ON/OFF are words too: a label (`goto :eof`), `@echo`, or the command standing alone between
    // separators is batch syntax; "goto line 5" is not. FOR takes options (`/F "tokens=1,2 delims=,"`) and a set
    // that may hold parenthesized commands; IF compares quoted or bracketed operands that may contain spaces.
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

  {
    id: 4024, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // The whole value is a command line: a command-only name (see COMMAND_ONLY_NAMES), optionally behind a runner
    // or a path, then a shell separator, a trailing newline, or arguments among which one is shell-shaped (an
    // option, a path, a file name, a variable, an assignment, a URL, user@host or an IP address). "curl up to 3
    // reads" and "ssh keys are rotated" go on with words only.
    pattern: new RegExp(
      `^\\s*(?:(?:time|sudo|nohup|env|exec|command|builtin|doas)\\s+)?(?:[\\w.~-]*\\/)*(?:${COMMAND_ONLY_NAMES})` +
        `(?:\\s*[;|&<>\`]|\\s+$|\\s+(?:[^;|&\\n]*?\\s)?(?:-{1,2}[a-z]|[.~]?\\/|\\$|\\w+=|[\\w-]+\\.[a-z][\\w-]*|[a-z][\\w+.-]*:\\/\\/|[\\w.-]+@[\\w-]|\\S*?\\d+\\.\\d+\\.\\d+\\.\\d+))`,
    ),
    description: "Value that is a command line (a command-only program name with shell-shaped arguments or a separator)",
  },
  {
    id: 4025, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // Bash expands `~+`/`~-` (directory stack) and `!!`/`!-2` (history) only where a word starts: counted after a
    // shell separator or inside `$(`, where they are part of a command line (a bare `~-` or `!!` runs nothing, and
    // prose such as "ΔG (~-5 kcal/mol)" has no separator). `$((…))` (arithmetic) splices an empty or computed word
    // into a command.
    pattern: /(?:[;|&`]|\$\()\s*(?:~[+-]\d*|!(?:!|-?\d+))(?:\s|$|[;|&)])|\$\(\([^()]{0,40}\)\)/,
    description: "Bash expansions inside a command line (directory-stack tilde, history, arithmetic)",
  },

  {
    id: 4026, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // A word cut by empty quotes or a substitution (`p""y""thon`, `c''at`, `who$()ami`, `ping$() 1.1.1.1`,
    // `w`u`hoami`): the shell joins the pieces, a filter sees fragments. Prose has no empty quote pair, `$()` or
    // backtick glued to letters on both sides (markdown code spans have a space before them).
    pattern: /[a-z](?:''|""|\$\(\s*\)|\$\{\s*\}|\$@)+[a-z]|[a-z](?:\$\(\s*\)|\$\{\s*\}|\$@)\s|[a-z]`[^`\s]{0,20}`[a-z]/,
    description: "Shell word split by empty quotes or an empty substitution (command-name evasion)",
  },
  {
    id: 4027, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // The sqlite3 shell's dot-commands after a statement or line break (quotes around the command are dropped by
    // the shell): `.shell`/`.system` run programs, the others read and write files or dump the database.
    pattern: /[;\n][ \t]*\.[\s\\]*["']?(?:shell|system|databases|tables|dump|import|output|once|read|load|open|cd|save|restore|backup|excel)\b/,
    description: "SQLite shell dot-command injected after a separator",
  },

  {
    id: 4028, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // Bash syntax that only a shell gives meaning to: `$[…]` arithmetic, and `<(cmd)`/`>(cmd)` process substitution
    // around a command ("values >(mean)" has no command inside).
    pattern: new RegExp(
      `\\$\\[[^\\]\\n]{1,60}\\]|[<>]\\(\\s*(?:(?:\\/usr)?(?:\\/local)?\\/s?bin\\/)?(?:${CMD_WORDS}|${WORDY})(?:\\s[^)\\n]{0,200})?\\)`,
    ),
    description: "Unix shell arithmetic or process substitution around a command",
  },
  {
    id: 4029, category: "rce", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // After a shell separator: a timed sleep (blind injection probe), a process listing, the history builtin, an
    // assignment prefix before a command, echo redirected into a file. Anywhere: a complete shell loop
    // (`for … in …; do …; done`, `while …; do …; done`).
    pattern: new RegExp(
      `(?:[;|&\`\n]|\\$\\()\\s*(?:sleep\\s+\\d+(?:\\.\\d+)?[smhd]?\\s*(?:[;|&\`)#]|$)|ps\\s+(?:aux|ax|ef|-?e?f)\\b|history\\s*(?:$|[;|&\`)])|` +
        `(?:[a-z_]\\w*=\\S*\\s+)+(?:${CMD_WORDS}|${WORDY})(?:\\s|$)|echo\\b[^;|&\\n]{0,80}>{1,2}\\s*[\\/~])|` +
        `\\b(?:for\\s+\\w+\\s+in\\b|while\\b|until\\b)[^\\n;]{0,100};\\s*do\\s[^\\n]{0,200}?;\\s*done\\b`,
    ),
    description: "Shell command forms after a separator: sleep probe, ps, history, VAR=x cmd, echo > file, loops",
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
    transformations: DECODED, pattern: /(?:^|[\\/])sess_[\w-]{8,}|\.\s*(?:php\d*|phtml|phar|pht|phpt|phps|pgif|inc|jsp|jspx|asp|aspx|ashx|asmx|cer|shtml|cgi|pl)\b/,
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
    id: 5020, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // More php.ini directives set as `name=value` inside a parameter (for `ini_set`, `.user.ini` or PHP-FPM
    // PHP_VALUE injection): extension-namespaced ones and PHP-specific underscore names. Generic words such as
    // `user_agent` or `default_charset` are left out.
    pattern: /\b(?:(?:arg_separator|assert|bcmath|birdstep|cgi|cli_server|com|curl|dba|exif|fastcgi|ffi|gd|highlight|ibase|imap|ldap|mail|mcrypt|mssql|mysql|mysqlnd|oci8|odbc|openssl|pdo_odbc|pgsql|soap|sybct|syslog|sysvshm|tidy|url_rewriter|user_ini|zlib)\.[a-z_]+(?:\.[a-z_]+)*|allow_call_time_pass_reference|always_populate_raw_post_data|asp_tags|auto_detect_line_endings|auto_globals_jit|default_socket_timeout|define_syslog_variables|disable_classes|display_startup_errors|docref_(?:ext|root)|enable_post_data_reading|error_(?:append|prepend)_string|ignore_repeated_(?:errors|source)|ignore_user_abort|implicit_flush|log_errors_max_len|magic_quotes_(?:gpc|runtime|sybase)|max_file_uploads|max_input_(?:nesting_level|time|vars)|output_buffering|post_max_size|realpath_cache_(?:size|ttl)|register_(?:argc_argv|long_arrays)|report_(?:memleaks|zend_debug)|safe_mode_(?:allowed_env_vars|exec_dir|gid|include_dir|protected_env_vars)|sendmail_from|serialize_precision|sys_temp_dir|track_errors|upload_max_filesize|xmlrpc_error(?:s|_number)|y2k_compliance)\s*=/,
    description: "PHP ini directive assignment (extension-namespaced or PHP-specific name)",
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

  {
    id: 5016, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // PHP allows whitespace and comments (`#`, `//`, `/* */`) between a callee and `(`: a PHP-only name called is
    // PHP; a common word (system, exec, file…) counts when a comment separates it from its parenthesis, which no
    // prose does.
    pattern: new RegExp(
      `(?<![.\\w$>:\\\\])(?:${PHP_ONLY_FUNCTIONS})${PHP_GAP}*\\(|` +
        `\\b(?:system|exec|eval|assert|passthru|popen|include|require|include_once|require_once|file|readfile|unlink|copy|rename|mail|header|extract|glob|chr|fopen|fwrite|fputs|opendir|readdir|scandir|mkdir|rmdir|chmod|symlink|unpack|serialize)\\s*` +
        `(?:#[^\\n]*(?:\\n|$)|\\/\\/[^\\n]*(?:\\n|$)|\\/\\*[^*]*\\*+(?:[^/*][^*]*\\*+)*\\/)${PHP_GAP}*\\(`,
    ),
    description: "Call of a PHP-only library function, or of any PHP callee with a comment before its parenthesis",
  },
  {
    id: 5018, category: "php", paranoia: 1, score: 25, targets: ARGS_UA_REF, transformations: STD,
    // `[php]…[/php]` (and `[\php]`) is the Smarty/BBCode block that runs its body as PHP, like `{php}` (5001).
    pattern: /\[\s*\/?\s*\\?\s*php\s*\]/,
    description: "Smarty/BBCode [php] block",
  },
  {
    id: 5019, category: "php", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // A variable as the callee (`$f('id')`, `$a[0]//x\n('id')`, `$x->y('id')` is not one). R's `df$col` is
    // excluded by the character before `$`.
    pattern: new RegExp(
      `\\$(?:http_(?:cookie|env|get|post|post_files|raw_post_data|request|server|session)_vars|http_raw_post_data|argv|argc)\\b|` +
        `(?<![\\w)\\]\\\\$])\\$+[a-z_]\\w*(?:\\(\\s*(?:['"$\\d)]|[a-z_]\\w*\\s*\\))|\\s+\\(\\s*['"$]|` +
        `\\s*(?:(?:\\[[^\\]\\n]{1,40}\\]|\\{[^}\\n]{0,40}\\}|#[^\\n]*(?:\\n|$)|\\/\\/[^\\n]*(?:\\n|$)|\\/\\*[^*]*\\*+(?:[^/*][^*]*\\*+)*\\/)\\s*)+` +
        `\\(\\s*(?:['"$\\d)]|[a-z_]\\w*\\s*\\)))`,
    ),
    description: "PHP legacy superglobal, or a variable (with indexes and comments) called as a function",
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

  {
    id: 5516, category: "generic", paranoia: 1, score: 25, targets: ARGS, transformations: JS,
    // Node.js module-system and process internals, reached by property or by computed (bracket) access, and the
    // synchronous fs API (`readFileSync(`…): JavaScript written to run on the server, not prose.
    pattern: /\brequire\s*(?:\.\s*(?:main|cache|extensions|resolve)\b|\[)|\b(?:global|globalthis|binding|mainmodule|process)(?:\[|\s*\[\s*['"`])|\b(?:env|main|module|console)\s*\[\s*['"`]|\bprocess\s*\.\s*(?:(?:main(?:module)?|global|process|require|constructor)\b|(?:access|appendfile|chmod|chown|copyfile|createreadstream|createwritestream|exec|execfile|spawn|spawnfile|open|opendir|readfile|readdir|readlink|rename|rm|rmdir|stat|symlink|unlink|writefile|mkdir|mkdtemp)(?:sync)?\s*\()|(?<![.\w])(?:readfile|writefile|appendfile|readdir|readlink|mkdir|mkdtemp|rmdir|rm|unlink|symlink|l?chmod|l?chown|fchmod|fchown|copyfile|rename|l?stat|fstat|open|opendir|exists|access|truncate|[lf]?utimes|exec|execfile|spawn|fsync|fdatasync)sync\s*\(|\bmodule\s*\.\s*exports\s*=|\bstring\s*\.\s*fromcharcode\s*\(|\bthis\s*\.\s*constructor\b/,
    description: "Node.js internals: module loader, process and global objects, synchronous fs calls",
  },
  {
    id: 5517, category: "generic", paranoia: 1, score: 25, targets: ["args", "header"], transformations: B64,
    // The same payloads shipped as one base64 token (a cookie or parameter holding a serialized object). Only
    // JavaScript-specific markers: on a value that is not base64 this rule sees the text itself, and the rules
    // above already judge it the same way.
    pattern: /_\$\$nd_func\$\$_|__js_function|\brequire\s*\(\s*['"`](?:child_process|fs|net|vm|os|process)['"`]\s*\)|\bchild_process\b|\bprocess\s*\.\s*(?:mainmodule|binding)\b|\bthis\s*\.\s*constructor\s*\.\s*constructor\b|__proto__|\bconstructor\s*(?:\.|\[\s*['"])\s*prototype\b|\bnew\s+function\s*\(|\bstring\s*\.\s*fromcharcode\s*\(|\bwhile\s*\(\s*(?:true|1|!0)\s*\)/,
    description: "Node.js deserialization, code execution or prototype pollution marker inside a base64-encoded value",
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

  {
    id: 6016, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH.concat(["header:user-agent"]), transformations: STD,
    // Tag names spelled out with whitespace between their letters (`< f o r m`, which lenient parsers and filters
    // that strip spaces turn into a tag), navigation of another window's location, and HTML comment or CDATA
    // openers used to break out of a filtered context.
    pattern: /<\s*(?:s\s+c\s+r\s+i\s+p\s+t|f\s+o\s+r\s+m|i\s+f\s+r\s+a\s+m\s+e|o\s+b\s+j\s+e\s+c\s+t|e\s+m\s+b\s+e\s+d|s\s+v\s+g|i\s+m\s+g|b\s+o\s+d\s+y|s\s+t\s+y\s+l\s+e|l\s+i\s+n\s+k|m\s+e\s+t\s+a|b\s+a\s+s\s+e|a\s+p\s+p\s+l\s+e\s+t|i\s+n\s+p\s+u\s+t|v\s+i\s+d\s+e\s+o|a\s+u\s+d\s+i\s+o|m\s+a\s+t\s+h)\b|\b(?:top|parent|opener|frames)\s*\.\s*location\b|<!--|<!\[cdata\[|\.\s*parentnode\b|\bv\s+b\s+s\s+c\s+r\s+i\s+p\s+t\s*:/,
    description: "Obfuscated tag name, cross-window location access, or comment/CDATA breakout",
  },
  {
    id: 6017, category: "xss", paranoia: 1, score: 25,
    targets: ["query-name", "query-value", "form-name", "form-value", "cookie-value", "xml-value", "json-value", "multipart-value", "header"],
    transformations: STD,
    // A DOM event handler assigned where an attribute would continue: at the start of the value, or after a quote
    // that closes the attribute the value was written into (`' onselect=alert(1) '`, also in any request header an
    // application may echo). Only real event names: "onset=5 days" is a clinical field.
    pattern: /(?:^\s*|["'`]\s*\/?\s*)on(?:error|load|click|dblclick|mouse(?:over|out|down|up|move|enter|leave|wheel)|focus(?:in|out)?|blur|change|submit|key(?:down|up|press)|input|toggle|begin|animation(?:start|end|iteration)|transition(?:end|start|run|cancel)|pointer[a-z]+|touch(?:start|end|move|cancel)|drag[a-z]*|drop|scroll|wheel|copy|paste|cut|beforeunload|unload|resize|select|selectstart|abort|message|hashchange|popstate|pageshow|pagehide|show|start|finish|readystatechange|afterprint|beforeprint|contextmenu|auxclick|search|invalid|reset|play|pause|ended|canplay[a-z]*|loadstart|loadend|progress|seeked|seeking|volumechange|formdata|securitypolicyviolation)\s*=\s*[\w$'"`(\[{!+-]/,
    description: "DOM event handler at the start of a value or after a quote (attribute injection, also in headers)",
  },

  {
    id: 6018, category: "xss", paranoia: 1, score: 25, targets: ARGS_PATH, transformations: JS,
    // Markup written with JavaScript escapes (`\x3cscript\x3e`, `\u003cimg onerror=…`), which a script that
    // builds HTML from the string turns back into tags.
    pattern: /<\s*\/?\s*script\b|<[a-z][\w:-]*[\s\/+][^>]{0,200}?\bon[a-z]{3,}\s*=|\bjavascript\s*:/,
    description: "Script tag, event handler or javascript: URL hidden behind JavaScript string escapes",
  },
  {
    id: 6019, category: "xss", paranoia: 1, score: 25, targets: ARGS, transformations: CMD,
    // CSS ignores backslashes before ordinary letters (`@im\port`, `-m\oz-binding`); the shell-unquoting chain
    // removes them, so the escaped forms read as the plain ones.
    pattern: /@import\s*(?:url\s*\(|\S+\.css\b|\S+\s*;)|-moz-binding\s*:/,
    description: "CSS @import or -moz-binding written with backslash escapes",
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

  {
    id: 7024, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    // Not a method call (`df.to_json(`): SQL functions are called bare. With a space before the parenthesis the
    // argument must look like SQL, as in 7016: prose has asides ("the log likelihood (the …)").
    pattern: new RegExp(
      `(?<![.\\w$>:])(?:${SQL_ONLY_FUNCTIONS})(?:\\(|\\s+\\(\\s*(?:$|['"@(]|select\\b|-?[\\w.]+\\s*(?:[,(]|\\)\\s*(?:$|[-+*\\/=<>,;)|&]|\\b(?:and|or|xor|from|union|as|limit|order|group|having|where|like|is|between|div|mod)\\b))))`,
    ),
    description: "Call of a SQL-dialect-only function (MySQL, PostgreSQL, MSSQL, Oracle, SQLite)",
  },
  {
    id: 7025, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    // Names and shapes only SQL has: Access/PostgreSQL/Oracle catalog objects, MSSQL `exec master.` and `GOTO` after a
    // quote, a charset switch in ALTER, PostgreSQL `div(n,m)` and `::double precision`, `) like (`, and UNION with
    // words (ALL, DISTINCTROW, a column list) before its SELECT.
    pattern: /\bmsys(?:access(?:objects|storage|xml)|aces|modules2?|objects|queries|relationships)\b|\bpg_toast\b|\bsysaux\b|\bsys\.database_name\b|\bexec(?:ute)?\s+master\.|\bschema\s*\(\s*(?:\)|$)|\bselect\s*pg_sleep\b|\)\s*like\s*\(|['"`]\s*;[^\n]{0,60}?:\s*goto\b|\balter\s*\w+[^;\n]{0,80}?\bchar(?:acter)?\s+set\s+\w|\bdiv\s*\(\s*[-+]*\s*[\d.]+\s*,\s*[-+]*\s*[\d.]+\s*\)|::\s*double\s+precision\b|\bunion\b[\s(\w]{0,60}?\bselect\b|\bwaitfor\s+(?:delay|time)\s*['"`]+\s*\d/,
    description: "Catalog tables, MSSQL procedures and GOTO, charset switch, PostgreSQL casts, UNION … SELECT",
  },
  {
    id: 7026, category: "sqli", paranoia: 1, score: 25, targets: ["args", "cookie-value"], transformations: DECODED,
    // MongoDB query operators where a plain value belongs: in brackets (`x[$ne]`), as an object key inside a
    // string (`{"$where": …}`), as the whole value, and the operators that take JavaScript or regexes anywhere.
    pattern: /\[\s*\$(?:ne|eq|gte?|lte?|in|nin|regex|where|exists|or|and|not|nor|expr|elemmatch|size|type|mod|all|text|jsonschema|slice|like|between|div|xor)\s*\]|[{,]\s*["']?\$(?:ne|eq|gte?|lte?|in|nin|regex|where|exists|or|and|not|nor|expr|elemmatch|size|type|mod|all|text|jsonschema|function|accumulator)["']?\s*:|^\s*\$(?:ne|eq|gte?|lte?|in|nin|regex|where|exists|or|and|not|nor|expr|elemmatch|size|type|mod|all|text|jsonschema|slice|like|between|div|xor)\s*$|\$(?:where|expr|function|accumulator|jsonschema|elemmatch)\b/,
    description: "MongoDB operator injected into a value",
  },
  {
    id: 7027, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    pattern: /^\s*(?:-?0000023456|4294967295|4294967296|-?214748364[789]|0000012345|2\.2250738585072007e-308|2\.2250738585072011e-308|1e309)\s*$/,
    description: "Integer-overflow and float-parser probe values (skipfish; the PHP strtod hang)",
  },
  {
    id: 7028, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: SQL,
    // A statement right after a terminator that opens the value, or a statement keyword glued to a bracket after a
    // terminator (`;truncate[x`, `;drop(t)`): prose has a space and a word after "; select".
    pattern: /^\s*;\s*(?:alter|create|truncate|update|rename|delete|desc|drop|insert|select|load|exec|execute|declare|shutdown|grant|revoke)\b|;\s*(?:alter|create|truncate|update|rename|delete|desc|drop|insert|select|load)\s*[(\[]\s*\w{2,}/,
    description: "SQL statement after a terminator that opens the value, or glued to a bracket",
  },
  {
    id: 7029, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    // PostgreSQL/MySQL JSON operators applied to a quoted JSON literal (WAF bypass by JSON syntax). The comment
    // stripper is not applied: `#>` and `#-` are operators here.
    pattern: /'[\[{][^']{0,200}[\]}]'\s*(?:::\s*jsonb?\s*)?(?:@>|<@|->>?|#>>?|#-|\?[|&]?|<=?|>=?|@@|\|\|)|`[\[{][^`]{0,200}[\]}]`\s*(?:::\s*jsonb?\s*)?(?:@>|<@|->>?|#>>?|#-|\?[|&]?|@@)|"[\[{][^"]{0,200}[\]}]"\s*(?:::\s*jsonb?\s*)?(?:@>|<@|->>?|#>>?|#-|\?[|&])|(?:@>|<@|->>?|#>>?|\?[|&])\s*['`][\[{]/,
    description: "JSON-based SQL: quoted JSON literal with a JSON operator",
  },
  {
    id: 7030, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: COMMENTS,
    // Also a comment inside a word (`DR/**/OP`, `UN/*x*/ION`): SQL parsers drop it and join the keyword, filters
    // see two harmless halves. A path glob (`data/*/x`) has no `*/` closing it within the segment.
    pattern: /\/\*[!+][^*]{0,200}\*\/|[a-z]\/\*[^*\/]{0,60}\*\/[a-z]/,
    description: "MySQL executable comment or optimizer hint (/*! … */, /*+ … */), or a comment splitting a word",
  },
  {
    id: 7031, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: STD,
    // Login bypass: a one-word value (an e-mail, a user name) whose first quote is followed by `;` (the rest of
    // the query is cut off), or a quote, an operator and a trailing comment that drops the password check.
    pattern: /^[^'\s]*'\s*;|^[^"\s]*"\s*;|^[^`\s]*`\s*;|['"`]\s*(?:(?:or|and|xor|is|not|like|rlike|regexp|div|mod)\b|[-+*\/%^|&=<>!?])[^'"`\n]{0,60}?(?:--|#)\s*$/,
    description: "SQL authentication bypass: query split after a quote, or quote-operator-comment",
  },

  {
    id: 7032, category: "sqli", paranoia: 1, score: 25, targets: ARGS, transformations: DECODED,
    // Database packages and providers that reach the network or the file system from inside a query (Oracle
    // UTL_*/DBMS_*, the MSSQL OLE DB providers used with OPENROWSET): names no other text uses.
    pattern: /\butl_(?:http|inaddr|file|smtp|tcp|url)\b|\bdbms_(?:java|pipe|lock|xmlquery|xmlgen|scheduler|sql|output|ldap|aw|export_extension|metadata)\b|\b(?:msdasql|sqloledb|sqlncli\d*|msoledbsql)\b|\bmicrosoft\.(?:jet|ace)\.oledb\b/,
    description: "Oracle network/file packages or MSSQL OLE DB providers named in a parameter",
  },

  // ======================= session fixation ============================================================
  {
    id: 8001, category: "session-fixation", paranoia: 1, score: 25, targets: ["query-name", "form-name", "json-key"], transformations: DECODED,
    // Session cookie names of web frameworks, and names that say session id/token/key. Not `sid` or `session` on
    // their own: here they are a sample or study id and a sequencing session (`?sid=S001`, `?session=3`). Framework
    // conventions: Rails `_<app>_session`, Drupal `SESS<hash>`, WordPress `wordpress_logged_in_<hash>`, Moodle,
    // Koa/Express signed-cookie names, Firebase Hosting `__session`.
    pattern: /(?:^|[_.-])sess(?:ion)?[_.-]?(?:id|token|key)$|^__(?:host|secure)-|[_.-]session[_.-]token$|^(?:cakephp|jwsession|cfsid|koa\.sess|play_session|jsessionid|phpsessid|phpsession|weblogicsession|jservsession|_flask_session|aspsessionid\w*|asp\.net_sessionid|sessionid|session[_.-]?id|_session_id|sess_id|sessid|laravel_session|sails\.sid|connect\.sid|ci_session|cfid|cftoken|rack\.session|_rails_session|express\.sid|koa\.sid|beaker\.session\.id|symfony|zend_session|moodlesession\w*|__session|koa:sess(?:\.sig)?|(?:express|connect):sid|s?sess[0-9a-f]{16,}|wordpress_(?:logged_in|sec)_[0-9a-f]{16,}|_[a-z0-9]+_session)$/,
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
    // The stream magic AC ED 00 05 base64-encodes as `rO0AB`, `KztAAU` or `Cs7QAF` depending on its offset in the
    // encoded data (0, 1 or 2 bytes in): all three are the same signature.
    pattern: /\xac\xed\x00\x05|rO0AB|KztAAU|Cs7QAF|aced0005|H4sIAAAAAAAA[A-Z]/, description: "Serialized Java object (raw, hex or base64/gzip magic)",
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
