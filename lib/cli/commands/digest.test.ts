import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryIO } from "../io";
import { main } from "../main";

const plasmid = fileURLToPath(new URL("../../../db/seed/data/NC_005816.gb", import.meta.url));

describe("cyanea digest", () => {
  it("prints sites then fragments as TSV", async () => {
    const io = memoryIO(">mcs\nGAATTCGAGCTCGGTACCCGGGGATCCTCTAGAGTCGACCTGCAGGCATGCAAGCTT\n");
    expect(await main(["digest", "-", "--enzymes", "EcoRI,hindiii"], io)).toBe(0);
    const lines = io.out().trimEnd().split("\n");
    expect(lines.slice(1)).toEqual([
      "record\tenzyme\tsite\tposition\tstrand\tcut_top\tcut_bottom",
      "mcs\tEcoRI\tGAATTC\t0\t+\t1\t5",
      "mcs\tHindIII\tAAGCTT\t51\t+\t52\t56",
      "",
      "record\ttopology\tstart\tend\tlength\tleft_enzyme\tright_enzyme",
      "mcs\tlinear\t0\t1\t1\t-\tEcoRI",
      "mcs\tlinear\t1\t52\t51\tEcoRI\tHindIII",
      "mcs\tlinear\t52\t57\t5\tHindIII\t-",
    ]);
  });

  it("treats GenBank circular records as circular (JSON)", async () => {
    const io = memoryIO();
    expect(await main(["digest", plasmid, "--enzymes", "EcoRI,BamHI,HindIII", "--json"], io)).toBe(0);
    const [rec] = JSON.parse(io.out()).records;
    expect(rec).toMatchObject({ length: 9609, circular: true });
    expect(rec.fragments.reduce((n: number, f: { length: number }) => n + f.length, 0)).toBe(9609);
  });

  it("lists the enzyme table and names unknown enzymes", async () => {
    let io = memoryIO();
    expect(await main(["digest", "--list"], io)).toBe(0);
    expect(io.out()).toContain("EcoRI\tGAATTC\t1\t5\t");
    io = memoryIO(">r\nACGT\n");
    expect(await main(["digest", "-", "--enzymes", "EcoR1"], io)).toBe(1);
    expect(io.err()).toMatch(/unknown enzyme "EcoR1" \(did you mean EcoRI/);
    io = memoryIO(">r\nACGT\n");
    expect(await main(["digest", "-"], io)).toBe(2);
  });

  it("names the input whose sequence it cannot digest", async () => {
    const io = memoryIO(">p1 protein\nMKWVTFISLLFLFSSAYSRGVFRRDTHKSEIAHRFKDLGEEHFKGLVLIAFSQYLQQCPFDEHVKLVNEVTEFAKTCVADESHAGCEKSLHTLFGDELCKVASLRETYGDMADCCEKQEPERNECFLSHKDDSPDLPKLKPDPNTLCDEFKADEKKFWGKYLYEIARRHPYFYAPELLYYANKYNGVFQECCQAEDKGACLLPKIETMREKVLASSARQRLRCASIQKFGERALKAWSVARLSQKFPKAEFVEVTKLVTDLTKVHKECCHGDLLECADDRADLAKYICDNQDTISSKLKECCDKPLLEKSHCIAEVEKDAIPENLPPLTADFAEDKDVCKNYQEAKDAFLGSFLYEYSRRHPEYAVSVLLRLAKEYEATLEECCAKDDPHACYSTVFDKLKHLVDEPQNLIKQNCDQFEKLGEYGFQNALIVRYTRKVPQVSTPTLVEVSRSLGKVGTRCCTKPESERMPCTEDYLSLILNRLCVLHEKTPVSEKVTKCCTESLVNRRPCFSALTPDETYVPKAFDEKLFTFHADICTLPDTEKQIKKQTALVELLKHKPKATEEQLKTVMENFVAFVDKCCAADDKEACFAVEGPKLVVSTQTALA\n");
    expect(await main(["digest", "-", "--enzymes", "EcoRI"], io)).toBe(1);
    expect(io.err()).toMatch(/^cyanea digest: <stdin>: /m);
  });
});
