import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { SnapshotDataset } from "@/export/snapshot-schema";
import { PublicDatasetView, type DatasetPublication } from "./dataset-view";

const dataset: SnapshotDataset = {
  id: "d1",
  slug: "reads-run-42",
  title: "Reads from run_42",
  description: "Reads with Q > 30.",
  license: "CC-BY-4.0",
  organism: null,
  tags: [],
  format: "fastq",
  lab: null,
  owner: { handle: "ada", name: "Ada" },
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-12-01T10:00:00.000Z",
  publishedAt: "2026-11-15T10:00:00.000Z",
  starCount: 0,
  fileCount: 0,
  totalSizeBytes: 0,
  files: [],
};

function render(props: { publication?: DatasetPublication; action?: string } = {}): string {
  return renderToStaticMarkup(
    createElement(PublicDatasetView, {
      dataset,
      generatedAt: "2026-12-04T12:00:00.000Z",
      ...(props.publication ? { publication: props.publication } : {}),
      ...(props.action ? { action: createElement("a", { href: "/app/datasets/reads-run-42" }, props.action) } : {}),
    }),
  );
}

/** The text of the Published row. */
function published(html: string): string {
  return (/<dt>Published<\/dt><dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");
}

describe("PublicDatasetView", () => {
  it("is the public page by default: publication date and the visitor's sign-in prompt", () => {
    const html = render();
    expect(published(html)).toBe("15 Nov 2026");
    expect(html).toContain('<time dateTime="2026-11-15T10:00:00.000Z">');
    expect(html).toContain('href="/signin"');
    expect(html).toContain("Sign in to analyse");
    expect(html).toContain("Snapshot of");
  });

  it("shows a draft as not published, with no publication date", () => {
    const html = render({ publication: "draft", action: "Back to the dataset" });
    expect(published(html)).toBe("Not published (draft)");
    expect(html).not.toContain("2026-11-15T10:00:00.000Z");
  });

  it("says a published private dataset is not on the public site", () => {
    expect(published(render({ publication: "private" }))).toBe("15 Nov 2026 (private: not on the public site)");
  });

  it("replaces the sign-in prompt with the caller's action (the signed-in preview)", () => {
    const html = render({ publication: "public", action: "Back to the dataset" });
    expect(html).toContain("Back to the dataset");
    expect(html).not.toContain("Sign in");
    expect(html).not.toContain('href="/signin"');
  });
});
