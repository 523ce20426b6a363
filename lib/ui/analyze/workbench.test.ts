import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Workbench } from "./workbench";

describe("workbench page", () => {
  const html = renderToStaticMarkup(createElement(Workbench, { spaceSlug: null }));

  it("always shows that the analysis stays in the browser", () => {
    expect(html).toContain("Runs locally in your browser — your sequence is not uploaded");
  });

  it("starts empty, with input A, the operations and the save form", () => {
    expect(html).toContain("No results yet.");
    expect(html).toContain('for="input-a-text"');
    expect(html).toContain("Paste sequence A");
    expect(html).toContain('for="input-a-file"');
    expect(html).toContain("Add a second sequence (B)");
    for (const label of ["Statistics", "Translation", "Open reading frames", "Restriction digest", "Pairwise alignment", "Dot plot"]) expect(html).toContain(label);
    expect(html).toContain("Save as space");
  });
});
