import { describe, expect, it } from "vitest";
import { DEFAULT_BOX } from "./axes";
import { histogramDomain, histogramLayout } from "./histogram-layout";

const box = DEFAULT_BOX;
const plotLeft = box.left;
const plotRight = box.width - box.right;
const baseline = box.height - box.bottom;

describe("histogram layout", () => {
  it("keeps a lone bar visible, with whole-number ticks around it", () => {
    // Every k-mer seen exactly once: one bin centred on multiplicity 1.
    const layout = histogramLayout([{ start: 0.5, end: 1.5, count: 40, label: "1" }], box, { integerTicks: true });
    expect(layout.xDomain).toEqual([0, 5]);
    expect(layout.xTicks).toEqual([0, 1, 2, 3, 4, 5]);
    expect(layout.yTicks).toContain(40);
    const [bar] = layout.bars;
    expect(bar).toBeDefined();
    expect(bar!.width).toBeGreaterThan(50);
    expect(bar!.height).toBeCloseTo(baseline - box.top);
    expect(bar!.x).toBeGreaterThanOrEqual(plotLeft);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(plotRight);
    expect(bar!.title).toBe("1: 40");
  });

  it("keeps a lone bar with a count of one, and a bar far from zero", () => {
    const one = histogramLayout([{ start: 56.5, end: 57.5, count: 1 }], box, { integerTicks: true });
    expect(one.xDomain).toEqual([52.5, 57.5]);
    expect(one.xTicks).toEqual([53, 54, 55, 56, 57]);
    expect(one.yTicks).toEqual([0, 1]);
    expect(one.bars[0]!.height).toBeGreaterThan(100);
    expect(one.bars[0]!.width).toBeGreaterThan(50);
  });

  it("leaves a wide set of bins as it is", () => {
    const bins = Array.from({ length: 10 }, (_, i) => ({ start: i + 0.5, end: i + 1.5, count: 10 - i }));
    expect(histogramDomain(bins)).toEqual([0.5, 10.5]);
    const layout = histogramLayout(bins, box, { integerTicks: true });
    expect(layout.xTicks.every(Number.isInteger)).toBe(true);
    expect(layout.bars[0]!.x).toBeCloseTo(plotLeft);
  });

  it("draws a small count next to a large one at least one unit tall, and an empty bin flat", () => {
    const layout = histogramLayout(
      [
        { start: 0.5, end: 1.5, count: 1_000_000 },
        { start: 1.5, end: 2.5, count: 1 },
        { start: 2.5, end: 3.5, count: 0 },
      ],
      box,
    );
    expect(layout.bars[1]!.height).toBeGreaterThanOrEqual(1);
    expect(layout.bars[1]!.y + layout.bars[1]!.height).toBeCloseTo(baseline);
    expect(layout.bars[2]!.height).toBe(0);
  });

  it("handles no bins and a zero-width bin", () => {
    expect(histogramDomain([])).toEqual([0, 1]);
    expect(histogramDomain([{ start: 150, end: 150, count: 3 }])).toEqual([145, 150]);
  });
});
