"use client";

import Link from "next/link";
import { errorDetail, LoadingState } from "../components/query-state";
import { isRetryableLoadError } from "./space-source";
import type { SourceLoad, SpaceLoad } from "./use-space-load";

const CARRY_ON = "Paste a sequence, choose a file or open one of your datasets in Sequence A, then press Run.";

/** The file part of the notice: downloading, running on it, or what failed (with Retry when it may pass). */
function SourceStatus({ source, hasSettings, onRetry }: { source: SourceLoad; hasSettings: boolean; onRetry: () => void }) {
  switch (source.status) {
    case "none":
      return null;
    case "loading":
      return <LoadingState label={`Downloading the sequence file of the dataset “${source.datasetTitle}”…`} />;
    case "loaded":
      return (
        <p className="notice" role="status">
          Running on {source.source.name} from the dataset “{source.source.datasetTitle}”.
        </p>
      );
    case "failed":
      return (
        <div className="notice notice-warn" role="alert" data-testid="space-source-failure">
          <p>
            <strong>{source.failure.what}</strong>: {source.failure.reason}
          </p>
          <p className="small">
            {hasSettings ? "The space’s saved operations and settings are in the form below. " : ""}
            {CARRY_ON}
          </p>
          {source.failure.retryable ? (
            <button type="button" className="btn btn-small" onClick={onRetry}>
              Retry the download
            </button>
          ) : null}
        </div>
      );
  }
}

/** What happened to the space opened with `?space=`: its settings and its dataset file, each with its own failure. */
export function SpaceNotice({ slug, space, source, onRetrySpace, onRetrySource }: { slug: string; space: SpaceLoad; source: SourceLoad; onRetrySpace: () => void; onRetrySource: () => void }) {
  switch (space.status) {
    case "loading":
      return <LoadingState label="Opening the space…" />;
    case "failed":
      return (
        <div className="notice notice-warn" role="alert">
          <p>
            <strong>Could not open the space “{slug}”</strong>: {errorDetail(space.error)}
          </p>
          <p className="small">Its saved settings could not be read, so the form shows the defaults.</p>
          {isRetryableLoadError(space.error) ? (
            <button type="button" className="btn btn-small" onClick={onRetrySpace}>
              Retry
            </button>
          ) : null}
        </div>
      );
    case "loaded": {
      const { space: dto, settings } = space.opened;
      return (
        <div className="stack">
          <p className="notice" role="status">
            Opened the space <Link href={`/app/spaces/${dto.slug}`}>{dto.title}</Link>. {settings ? "Its saved operations are restored." : "It has no saved workbench settings; defaults are shown."}
            {dto.dataset ? "" : " It has no dataset: add a sequence and press Run."}
          </p>
          <SourceStatus source={source} hasSettings={settings !== null} onRetry={onRetrySource} />
        </div>
      );
    }
  }
}
