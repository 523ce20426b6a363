import type { BreakerConfig } from "./config";

export type BreakerState = "closed" | "open" | "half-open";

/**
 * Circuit breaker of one stage. Closed: calls go through and failures are counted in a sliding
 * window; `failureThreshold` failures within `windowMs` open it. Open: calls are refused (the
 * stage's failure mode applies) until `coolDownMs` has passed; then one probe at a time is let
 * through (half-open). `halfOpenSuccesses` consecutive successful probes close it; a failed probe
 * reopens it for another cool-down.
 */
export class CircuitBreaker {
  private failures: number[] = [];
  private stateValue: BreakerState = "closed";
  private openedAt = 0;
  private probeInFlight = false;
  private probeSuccesses = 0;

  constructor(
    private readonly config: BreakerConfig,
    private readonly now: () => number,
  ) {}

  /** Current state, moving open → half-open once the cool-down has passed. */
  get state(): BreakerState {
    if (this.stateValue === "open" && this.now() - this.openedAt >= this.config.coolDownMs) {
      this.stateValue = "half-open";
      this.probeSuccesses = 0;
      this.probeInFlight = false;
    }
    return this.stateValue;
  }

  /**
   * Asks to call the stage. Returns false when the breaker refuses (open, or half-open with a
   * probe already running); true means the caller must report the outcome with `success`/`failure`.
   */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  success(): void {
    if (this.stateValue === "half-open") {
      this.probeInFlight = false;
      this.probeSuccesses++;
      if (this.probeSuccesses >= this.config.halfOpenSuccesses) this.close();
    }
  }

  failure(): void {
    const t = this.now();
    if (this.stateValue === "half-open") {
      this.trip(t);
      return;
    }
    if (this.stateValue === "open") return;
    this.failures.push(t);
    const cutoff = t - this.config.windowMs;
    while (this.failures.length && this.failures[0]! <= cutoff) this.failures.shift();
    if (this.failures.length >= this.config.failureThreshold) this.trip(t);
  }

  private trip(t: number): void {
    this.stateValue = "open";
    this.openedAt = t;
    this.probeInFlight = false;
    this.probeSuccesses = 0;
    this.failures = [];
  }

  private close(): void {
    this.stateValue = "closed";
    this.failures = [];
    this.probeSuccesses = 0;
    this.probeInFlight = false;
  }
}
