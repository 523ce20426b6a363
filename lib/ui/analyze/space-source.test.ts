import { describe, expect, it } from "vitest";
import { ApiError, networkProblem, toProblem } from "../api/client";
import { describeSourceFailure, isRetryableLoadError, missingFileFailure, noSequenceFileFailure } from "./space-source";

const file = { step: "file", datasetTitle: "Reads", fileName: "reads.fq" } as const;
const dataset = { step: "dataset", datasetTitle: "Reads" } as const;

function apiError(status: number, detail = "x"): ApiError {
  return new ApiError(toProblem(status, "", { title: "T", status, detail, code: "c", requestId: "req-1" }));
}

describe("space source failures", () => {
  it("names the file and says it was deleted for a 404, without a retry", () => {
    const failure = describeSourceFailure(apiError(404), file);
    expect(failure.what).toBe("Could not download reads.fq from the dataset “Reads”");
    expect(failure.reason).toBe("the file no longer exists or you cannot see it (HTTP 404); it may have been deleted.");
    expect(failure.retryable).toBe(false);
    expect(describeSourceFailure(apiError(404), dataset).what).toBe("Could not open the dataset “Reads” of this space");
  });

  it("offers a retry for the network, timeouts, rate limits and server errors", () => {
    expect(describeSourceFailure(new ApiError(networkProblem()), file)).toEqual({
      what: "Could not download reads.fq from the dataset “Reads”",
      reason: "the server could not be reached (network error). Check your connection and retry.",
      retryable: true,
    });
    for (const status of [408, 429, 500, 502, 503]) expect(describeSourceFailure(apiError(status), file).retryable).toBe(true);
    // A server error names its request id, to be quoted.
    expect(describeSourceFailure(apiError(500, "Internal error."), file).reason).toBe("the server failed (HTTP 500: Internal error (request id req-1)). Retrying may help.");
    // fetch rejects with a TypeError when the connection drops while the body is read.
    expect(describeSourceFailure(new TypeError("network error"), file)).toMatchObject({ reason: "the download was interrupted (network error). Retrying may help.", retryable: true });
  });

  it("offers no retry where the same request fails again", () => {
    for (const status of [400, 401, 403, 404, 410]) expect(describeSourceFailure(apiError(status), dataset).retryable).toBe(false);
    expect(describeSourceFailure(apiError(403), dataset).reason).toMatch(/do not have access to the dataset \(HTTP 403\)/);
    expect(describeSourceFailure(new Error("odd"), file)).toEqual({ what: "Could not download reads.fq from the dataset “Reads”", reason: "odd", retryable: false });
    expect(missingFileFailure("Reads").retryable).toBe(false);
    expect(noSequenceFileFailure("Reads").what).toBe("The dataset “Reads” has no FASTA, FASTQ or GenBank file");
  });

  it("tells which failures of the space itself may pass", () => {
    expect(isRetryableLoadError(apiError(503))).toBe(true);
    expect(isRetryableLoadError(new TypeError("Failed to fetch"))).toBe(true);
    expect(isRetryableLoadError(apiError(404))).toBe(false);
    expect(isRetryableLoadError(new Error("x"))).toBe(false);
  });
});
