import { describe, expect, it } from "vitest";
import { nodeKernelProvider } from "@/lib/kernels/node-loader";
import { createAnalysisClient, getAnalysisClient } from "./client";
import { PoolDisposedError } from "./errors";
import { FakeWorker, inProcessWorker } from "./test-workers";

describe("analysis client", () => {
  it("runs typed requests on the pool", async () => {
    const client = createAnalysisClient({ createWorker: () => inProcessWorker(nodeKernelProvider()), size: 1 });
    const records = await client.run({ op: "revcomp", input: { kind: "text", text: ">x\nGATTACA\n", name: "x.fa" } });
    expect(records[0]!.sequence).toBe("TGTAATC");
    client.dispose();
  });

  it("rejects pending jobs when disposed", async () => {
    const client = createAnalysisClient({ createWorker: () => new FakeWorker(), size: 1 });
    const pending = client.run({ op: "revcomp", input: { kind: "text", text: ">x\nA\n" } });
    client.dispose();
    await expect(pending).rejects.toThrow(PoolDisposedError);
  });

  it("says why it cannot run where there are no Web Workers", () => {
    expect(() => getAnalysisClient()).toThrow("Analyses run in Web Workers, which are not available here");
  });
});
