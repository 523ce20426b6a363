import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./breaker";

function setup(overrides: Partial<{ failureThreshold: number; windowMs: number; coolDownMs: number; halfOpenSuccesses: number }> = {}) {
  let now = 1_000_000;
  const clock = { advance: (ms: number) => (now += ms) };
  const breaker = new CircuitBreaker({ failureThreshold: 3, windowMs: 1_000, coolDownMs: 5_000, halfOpenSuccesses: 1, ...overrides }, () => now);
  return { breaker, clock };
}

describe("CircuitBreaker", () => {
  it("opens after N failures within the window", () => {
    const { breaker } = setup();
    for (let i = 0; i < 2; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.failure();
    }
    expect(breaker.state).toBe("closed");
    breaker.tryAcquire();
    breaker.failure();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
  });

  it("forgets failures older than the window", () => {
    const { breaker, clock } = setup();
    breaker.failure();
    breaker.failure();
    clock.advance(1_001);
    breaker.failure();
    expect(breaker.state).toBe("closed");
  });

  it("half-opens after the cool-down, lets one probe through, and closes on success", () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    clock.advance(4_999);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1);
    expect(breaker.state).toBe("half-open");
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false); // one probe at a time
    breaker.success();
    expect(breaker.state).toBe("closed");
    expect(breaker.tryAcquire()).toBe(true);
  });

  it("reopens for another cool-down when the probe fails", () => {
    const { breaker, clock } = setup();
    for (let i = 0; i < 3; i++) breaker.failure();
    clock.advance(5_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe("open");
    clock.advance(4_000);
    expect(breaker.tryAcquire()).toBe(false);
    clock.advance(1_000);
    expect(breaker.state).toBe("half-open");
  });

  it("needs halfOpenSuccesses consecutive probes to close", () => {
    const { breaker, clock } = setup({ halfOpenSuccesses: 2 });
    for (let i = 0; i < 3; i++) breaker.failure();
    clock.advance(5_000);
    breaker.tryAcquire();
    breaker.success();
    expect(breaker.state).toBe("half-open");
    breaker.tryAcquire();
    breaker.success();
    expect(breaker.state).toBe("closed");
  });
});
