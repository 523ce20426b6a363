import { describe, expect, it } from "vitest";
import { rulePattern } from "./engine";
import { PUNCT, punctMask, requirements } from "./required-chars";
import { RULES } from "./rules";

const chars = (m: number | null): string => (m === null ? "" : [...PUNCT].filter((_, i) => (m & (1 << i)) !== 0).join(""));

describe("requirements", () => {
  it("proves required punctuation through sequences, groups and alternations", () => {
    expect(chars(requirements(/<\s*script/).punct)).toBe("<");
    expect(chars(requirements(/a(?:;|\|)b|x\(/).punct)).toBe("(;|");
    expect(requirements(/abc|\w+/).punct).toBeNull();
    expect(chars(requirements(/[;&]\s*ls/).punct)).toBe("&;");
  });

  it("ignores optional atoms, lookarounds and negated classes", () => {
    expect(requirements(/;?abc/).punct).toBeNull();
    expect(requirements(/(?=;)abc/).punct).toBeNull();
    expect(requirements(/[^;]/).punct).toBeNull();
  });

  it("proves required literals, lower-cased", () => {
    expect(requirements(/\bUNION\s+select\b/).literals).toEqual(["select"]);
    expect(requirements(/foo|barbaz/).literals).toEqual(["foo", "barbaz"]);
    expect(requirements(/foo|\w+/).literals).toBeNull();
    expect(requirements(/a|bc/).literals).toBeNull();
  });

  it("gates control characters", () => {
    expect(requirements(/[\r\n]/).punct).not.toBeNull();
    expect(punctMask("a\nb") & (requirements(/[\r\n]/).punct ?? 0)).not.toBe(0);
  });

  it("never claims a requirement a matching string lacks (every rule, sample attack strings)", () => {
    const samples = [
      "' or 1=1 --", "<script>alert(1)</script>", "; cat /etc/passwd", "${jndi:ldap://x/a}", "../../etc/passwd",
      "union select password from users", "<?php system($_GET['c']); ?>", "{{constructor.constructor('x')()}}",
      "http://169.254.169.254/latest", "a\r\nset-cookie: x=1", "java.lang.Runtime.getRuntime().exec('id')",
    ];
    for (const def of RULES) {
      const re = rulePattern(def);
      const req = requirements(re);
      for (const s of samples) {
        const v = s.toLowerCase();
        if (!re.test(v) && !re.test(s)) continue;
        const hit = re.test(v) ? v : s;
        if (req.punct !== null) expect(punctMask(hit) & req.punct, `${def.id} on ${s}`).not.toBe(0);
        if (req.literals !== null) expect(req.literals.some((l) => hit.toLowerCase().includes(l)), `${def.id} on ${s}`).toBe(true);
      }
    }
  });
});
