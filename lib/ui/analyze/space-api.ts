"use client";

import type { AnalysisOp } from "@/lib/analysis/contract";
import type { Visibility } from "@/lib/domain/access";
import type { DatasetDto, SpaceDto } from "@/lib/domain/api-types";
import { apiGet, apiSend, seg } from "../api/client";
import { fetchDatasetFile, sequenceFiles } from "./dataset-file";
import type { InputSource } from "./input-source";
import { fromSpaceSettings, toSavedAnalysis, WORKBENCH_OPS, type WorkbenchSettings } from "./settings";

/** What the workbench keeps in a space's `viewState`: open result panels and the dataset file used. */
export interface WorkbenchViewState {
  openResults: AnalysisOp[];
  datasetFileId?: string;
}

/** The body of `POST /api/spaces` for a workbench session: settings and view, never the sequence. */
export function spaceBody(input: { title: string; description: string; visibility: Visibility; settings: WorkbenchSettings; source: InputSource; openResults: readonly AnalysisOp[] }) {
  const dataset = input.source.kind === "dataset" ? input.source : null;
  const viewState: WorkbenchViewState = { openResults: [...input.openResults] };
  if (dataset) viewState.datasetFileId = dataset.fileId;
  return {
    title: input.title,
    description: input.description,
    visibility: input.visibility,
    datasetSlug: dataset ? dataset.datasetSlug : null,
    settings: { analysis: toSavedAnalysis(input.settings) },
    viewState,
  };
}

export function saveSpace(body: ReturnType<typeof spaceBody>): Promise<SpaceDto> {
  return apiSend<SpaceDto>("POST", "/api/spaces", body);
}

const KNOWN_OPS = new Set<string>(WORKBENCH_OPS);

function viewStateOf(raw: Record<string, unknown>): WorkbenchViewState {
  const open = Array.isArray(raw.openResults) ? raw.openResults.filter((op): op is AnalysisOp => typeof op === "string" && KNOWN_OPS.has(op)) : [];
  const view: WorkbenchViewState = { openResults: open };
  if (typeof raw.datasetFileId === "string") view.datasetFileId = raw.datasetFileId;
  return view;
}

/** A space opened in the workbench. */
export interface LoadedSpace {
  space: SpaceDto;
  settings: WorkbenchSettings | null;
  view: WorkbenchViewState;
  /** The dataset's sequence file, downloaded into the browser; null when the space has none. */
  source: Extract<InputSource, { kind: "dataset" }> | null;
  /** Why the dataset's file could not be used, if it could not. */
  sourceProblem: string | null;
}

/** Loads a space, its saved workbench settings and (when it has a dataset) the dataset's sequence file. */
export async function loadSpace(slug: string, signal?: AbortSignal): Promise<LoadedSpace> {
  const space = await apiGet<SpaceDto>(`/api/spaces/${seg(slug)}`, signal);
  const settings = fromSpaceSettings(space.settings);
  const view = viewStateOf(space.viewState ?? {});
  if (!space.dataset) return { space, settings, view, source: null, sourceProblem: null };
  const dataset = await apiGet<DatasetDto>(`/api/datasets/${seg(space.dataset.slug)}`, signal);
  const files = sequenceFiles(dataset);
  const file = files.find((f) => f.id === view.datasetFileId) ?? files[0];
  if (!file) return { space, settings, view, source: null, sourceProblem: `The dataset “${dataset.title}” has no FASTA, FASTQ or GenBank file.` };
  const blob = await fetchDatasetFile(file, signal);
  return {
    space,
    settings,
    view,
    source: { kind: "dataset", blob, name: file.name, datasetSlug: dataset.slug, datasetTitle: dataset.title, fileId: file.id },
    sourceProblem: null,
  };
}
