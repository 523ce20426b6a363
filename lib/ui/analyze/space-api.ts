"use client";

import type { AnalysisOp } from "@/lib/analysis/contract";
import type { Visibility } from "@/lib/domain/access";
import type { DatasetDto, SpaceDto } from "@/lib/domain/api-types";
import { apiGet, apiSend, seg } from "../api/client";
import { fetchDatasetFile, sequenceFiles } from "./dataset-file";
import type { InputSource } from "./input-source";
import { describeSourceFailure, missingFileFailure, noSequenceFileFailure, type SourceFailure } from "./space-source";
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

/** A space opened in the workbench: the space, its saved settings (null when it has none) and view. */
export interface OpenedSpace {
  space: SpaceDto;
  settings: WorkbenchSettings | null;
  view: WorkbenchViewState;
}

type DatasetSource = Extract<InputSource, { kind: "dataset" }>;

/** The dataset file of a space: none linked, downloaded, or why it could not be. */
export type SpaceSourceResult = { kind: "none" } | { kind: "loaded"; source: DatasetSource } | { kind: "failed"; failure: SourceFailure };

/** Loads a space with its saved workbench settings and view; throws ApiError when the space itself cannot be read. */
export async function loadSpaceRecord(slug: string, signal?: AbortSignal): Promise<OpenedSpace> {
  const space = await apiGet<SpaceDto>(`/api/spaces/${seg(slug)}`, signal);
  return { space, settings: fromSpaceSettings(space.settings), view: viewStateOf(space.viewState ?? {}) };
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === "AbortError");
}

/**
 * Downloads the sequence file of a space's dataset (the saved file, else the dataset's first
 * sequence file for spaces saved without one). Failures are returned, not thrown, so that the
 * space's settings stay usable; only an abort is thrown.
 */
export async function loadSpaceSource(opened: OpenedSpace, signal?: AbortSignal): Promise<SpaceSourceResult> {
  const linked = opened.space.dataset;
  if (!linked) return { kind: "none" };
  let dataset: DatasetDto;
  try {
    dataset = await apiGet<DatasetDto>(`/api/datasets/${seg(linked.slug)}`, signal);
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    return { kind: "failed", failure: describeSourceFailure(error, { step: "dataset", datasetTitle: linked.title }) };
  }
  const files = sequenceFiles(dataset);
  const savedId = opened.view.datasetFileId;
  const file = savedId === undefined ? files[0] : files.find((f) => f.id === savedId);
  // A saved file that has gone is reported, not silently replaced by another file of the dataset.
  if (!file) return { kind: "failed", failure: files.length === 0 ? noSequenceFileFailure(dataset.title) : missingFileFailure(dataset.title) };
  try {
    const blob = await fetchDatasetFile(file, signal);
    return { kind: "loaded", source: { kind: "dataset", blob, name: file.name, datasetSlug: dataset.slug, datasetTitle: dataset.title, fileId: file.id } };
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    return { kind: "failed", failure: describeSourceFailure(error, { step: "file", datasetTitle: dataset.title, fileName: file.name }) };
  }
}
