import { describe, expect, it } from "vitest";
import { SITE_NAME, notFoundMetadata, publicOpenGraph } from "./metadata";

describe("publicOpenGraph", () => {
  it("always carries the site name: a page's openGraph replaces the layout's whole object", () => {
    expect(SITE_NAME).toBe("Cyanea");
    expect(publicOpenGraph()).toEqual({ type: "website", siteName: "Cyanea" });
    expect(publicOpenGraph({ type: "article", title: "T", url: "/datasets/x", publishedTime: "2026-01-01T00:00:00.000Z" })).toEqual({
      type: "article",
      title: "T",
      url: "/datasets/x",
      publishedTime: "2026-01-01T00:00:00.000Z",
      siteName: "Cyanea",
    });
    expect(publicOpenGraph({ siteName: "Other" }).siteName).toBe("Cyanea");
  });

  it("gives a missing public object a titled, unindexed 404 with the site name", () => {
    const meta = notFoundMetadata();
    expect(meta.title).toBe("Not found");
    expect(meta.robots).toMatchObject({ index: false });
    expect(meta.openGraph?.siteName).toBe("Cyanea");
  });
});
