import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSpaceRecord, loadSpaceSource, spaceBody } from "./space-api";
import { chosenOps, defaultSettings } from "./settings";

const sequence = "ACGTTGCAAGGCTTAACCGGTTAACCGGATATCGCG";

describe("save as space", () => {
  it("sends settings and view state, never the pasted sequence", () => {
    const body = spaceBody({ title: "Run", description: "", visibility: "private", settings: defaultSettings(), source: { kind: "paste", text: `>x\n${sequence}\n` }, openResults: ["stats"] });
    expect(JSON.stringify(body)).not.toContain(sequence.slice(0, 20));
    expect(body).toEqual({
      title: "Run",
      description: "",
      visibility: "private",
      datasetSlug: null,
      settings: { analysis: { version: 1, ops: [{ op: "stats", params: { phredOffset: "auto" } }] } },
      viewState: { openResults: ["stats"] },
    });
  });

  it("links the dataset and file the input came from", () => {
    const blob = new Blob([`>x\n${sequence}\n`]);
    const body = spaceBody({
      title: "Run",
      description: "d",
      visibility: "public",
      settings: defaultSettings(),
      source: { kind: "dataset", blob, name: "x.fa", datasetSlug: "my-data", datasetTitle: "My data", fileId: "file-1" },
      openResults: [],
    });
    expect(body.datasetSlug).toBe("my-data");
    expect(body.viewState).toEqual({ openResults: [], datasetFileId: "file-1" });
    expect(JSON.stringify(body)).not.toContain(sequence.slice(0, 20));
  });
});

describe("opening a space", () => {
  const space = {
    slug: "gc-run",
    title: "GC run",
    dataset: { id: "d1", slug: "reads", title: "Reads" },
    settings: { analysis: { version: 1, ops: [{ op: "gcWindows", params: { window: 250, step: 50, recordIndex: 0 } }] } },
    viewState: { openResults: ["gcWindows"], datasetFileId: "f1" },
  };
  const dataset = { slug: "reads", title: "Reads", files: [{ id: "f1", name: "reads.fa", format: "fasta", downloadUrl: "/api/datasets/reads/files/f1" }] };

  /** A fetch answering each URL from the table (JSON bodies; a thrown TypeError for "network"). */
  function stubFetch(routes: Record<string, { status: number; body: unknown } | "network">) {
    vi.stubGlobal("fetch", async (url: string) => {
      const route = routes[url];
      if (route === undefined) throw new Error(`unexpected fetch ${url}`);
      if (route === "network") throw new TypeError("Failed to fetch");
      const text = typeof route.body === "string" ? route.body : JSON.stringify(route.body);
      return new Response(text, { status: route.status, headers: { "content-type": typeof route.body === "string" ? "text/plain" : "application/json" } });
    });
  }

  afterEach(() => vi.unstubAllGlobals());

  it("restores the saved settings whatever happens to the file", async () => {
    stubFetch({ "/api/spaces/gc-run": { status: 200, body: space } });
    const opened = await loadSpaceRecord("gc-run");
    expect(opened.settings?.params.gcWindows).toEqual({ window: 250, step: 50, recordIndex: 0 });
    expect(chosenOps(opened.settings!)).toEqual(["gcWindows"]);
    expect(opened.view).toEqual({ openResults: ["gcWindows"], datasetFileId: "f1" });
  });

  it("downloads the saved file of the dataset", async () => {
    stubFetch({ "/api/spaces/gc-run": { status: 200, body: space }, "/api/datasets/reads": { status: 200, body: dataset }, "/api/datasets/reads/files/f1": { status: 200, body: ">x\nACGT\n" } });
    const result = await loadSpaceSource(await loadSpaceRecord("gc-run"));
    expect(result.kind).toBe("loaded");
    if (result.kind === "loaded") {
      expect(result.source).toMatchObject({ kind: "dataset", name: "reads.fa", datasetSlug: "reads", datasetTitle: "Reads", fileId: "f1" });
      expect(await result.source.blob.text()).toBe(">x\nACGT\n");
    }
  });

  it("returns a deleted file, a server error or a network failure as a failure, not a thrown error", async () => {
    const opened = { space: space as never, settings: defaultSettings(), view: { openResults: [], datasetFileId: "f1" } };
    stubFetch({ "/api/datasets/reads": { status: 200, body: dataset }, "/api/datasets/reads/files/f1": { status: 404, body: { title: "Not found", status: 404, detail: "File not found", code: "not_found" } } });
    expect(await loadSpaceSource(opened)).toEqual({
      kind: "failed",
      failure: { what: "Could not download reads.fa from the dataset “Reads”", reason: "the file no longer exists or you cannot see it (HTTP 404); it may have been deleted.", retryable: false },
    });
    stubFetch({ "/api/datasets/reads": { status: 200, body: dataset }, "/api/datasets/reads/files/f1": { status: 503, body: "Service Unavailable" } });
    const unavailable = await loadSpaceSource(opened);
    expect(unavailable.kind === "failed" && unavailable.failure.retryable).toBe(true);
    stubFetch({ "/api/datasets/reads": "network" });
    const offline = await loadSpaceSource(opened);
    expect(offline.kind === "failed" ? offline.failure : null).toMatchObject({ what: "Could not open the dataset “Reads” of this space", retryable: true });
  });

  it("reports a saved file that is gone instead of opening another file", async () => {
    const opened = { space: space as never, settings: null, view: { openResults: [], datasetFileId: "deleted" } };
    stubFetch({ "/api/datasets/reads": { status: 200, body: dataset } });
    const result = await loadSpaceSource(opened);
    expect(result.kind === "failed" ? result.failure.what : null).toBe("The file this space was saved with is no longer in the dataset “Reads”");
    stubFetch({ "/api/datasets/reads": { status: 200, body: { ...dataset, files: [] } } });
    const none = await loadSpaceSource(opened);
    expect(none.kind === "failed" ? none.failure.what : null).toBe("The dataset “Reads” has no FASTA, FASTQ or GenBank file");
  });

  it("has nothing to fetch for a space without a dataset, and lets an abort through", async () => {
    expect(await loadSpaceSource({ space: { ...space, dataset: null } as never, settings: null, view: { openResults: [] } })).toEqual({ kind: "none" });
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal("fetch", async () => {
      throw new DOMException("aborted", "AbortError");
    });
    await expect(loadSpaceSource({ space: space as never, settings: null, view: { openResults: [] } }, controller.signal)).rejects.toThrow("aborted");
  });
});
