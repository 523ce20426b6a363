import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/client";
import type { OpenedSpace } from "./space-api";
import { SpaceNotice } from "./space-notice";
import { defaultSettings } from "./settings";
import type { SourceLoad, SpaceLoad } from "./use-space-load";

const opened = {
  space: { slug: "gc-run", title: "GC run", dataset: { id: "d1", slug: "reads", title: "Reads" } },
  settings: defaultSettings(),
  view: { openResults: [] },
} as unknown as OpenedSpace;

function render(space: SpaceLoad, source: SourceLoad): string {
  return renderToStaticMarkup(createElement(SpaceNotice, { slug: "gc-run", space, source, onRetrySpace: () => {}, onRetrySource: () => {} }));
}

describe("space notice", () => {
  it("says what failed, keeps the settings and offers a retry for a transient failure", () => {
    const html = render({ status: "loaded", opened }, { status: "failed", failure: { what: "Could not download reads.fa from the dataset “Reads”", reason: "the server failed (HTTP 503). Retrying may help.", retryable: true } });
    expect(html).toContain("Opened the space");
    expect(html).toContain("Its saved operations are restored.");
    expect(html).toContain("Could not download reads.fa from the dataset “Reads”");
    expect(html).toContain("saved operations and settings are in the form below");
    expect(html).toContain("Paste a sequence, choose a file or open one of your datasets");
    expect(html).toContain("Retry the download");
  });

  it("offers no retry for a deleted file", () => {
    const html = render({ status: "loaded", opened }, { status: "failed", failure: { what: "Could not download reads.fa", reason: "deleted (HTTP 404)", retryable: false } });
    expect(html).toContain("deleted (HTTP 404)");
    expect(html).not.toContain("Retry");
  });

  it("shows the download and then the file it runs on", () => {
    expect(render({ status: "loaded", opened }, { status: "loading", datasetTitle: "Reads" })).toContain("Downloading the sequence file of the dataset “Reads”");
    const blob = new Blob([">x\nACGT\n"]);
    expect(render({ status: "loaded", opened }, { status: "loaded", source: { kind: "dataset", blob, name: "reads.fa", datasetSlug: "reads", datasetTitle: "Reads", fileId: "f1" } })).toContain("Running on reads.fa from the dataset “Reads”.");
  });

  it("offers a retry when the space itself could not be fetched for a passing reason", () => {
    const unavailable = new ApiError(toProblem(503, "", null));
    expect(render({ status: "failed", error: unavailable }, { status: "none" })).toContain("Retry");
    const gone = new ApiError(toProblem(404, "Not Found", { title: "Not found", status: 404, detail: "Space not found", code: "not_found" }));
    const html = render({ status: "failed", error: gone }, { status: "none" });
    expect(html).toContain("Could not open the space “gc-run”");
    expect(html).toContain("Space not found");
    expect(html).not.toContain("Retry");
  });
});
