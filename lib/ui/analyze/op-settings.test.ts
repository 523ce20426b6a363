import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OpSettings } from "./op-settings";
import { defaultSettings } from "./settings";

describe("operation settings form", () => {
  const settings = defaultSettings();
  settings.enabled.dotplot = true;
  const html = renderToStaticMarkup(createElement(OpSettings, { settings, onChange: () => {}, hasB: true }));

  it("keeps the quality-offset choices short and explains them below", () => {
    expect(html).toContain(">Auto (Phred+33)</option>");
    expect(html).toContain("refuses files that look like Phred+64");
  });

  it("leaves the dot plot's word size empty (by molecule type) until one is typed", () => {
    expect(html).toMatch(/<input id="op-dotplot-k"[^>]*placeholder="auto"[^>]*value=""/);
    expect(html).toContain("Empty: 3 for protein, 11 for DNA/RNA.");
  });

  it("does not stretch unticked operations", () => {
    expect(html.match(/style="align-self:start"/g)).toHaveLength(8);
  });
});
