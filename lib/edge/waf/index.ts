/** WAF stage of the edge pipeline: rules as data, anomaly scoring, per-route field exclusions. */
export { inspectRequest, ruleCount } from "./engine";
export { DEFAULT_WAF_CONFIG, SCIENTIFIC_EXCLUSIONS, wafConfig } from "./config";
export { RULES } from "./rules";
export type {
  Exclusion,
  RuleDef,
  TargetSelector,
  TransformName,
  WafCategory,
  WafConfig,
  WafInput,
  WafLimits,
  WafMatch,
  WafResult,
} from "./types";
