"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { InputSource } from "./input-source";
import { loadSpaceRecord, loadSpaceSource, type OpenedSpace } from "./space-api";
import type { SourceFailure } from "./space-source";

type DatasetSource = Extract<InputSource, { kind: "dataset" }>;

/** The space itself: its settings come with it. */
export type SpaceLoad = { status: "loading" } | { status: "loaded"; opened: OpenedSpace } | { status: "failed"; error: unknown };

/** The space's dataset file, fetched after the space (its failure leaves the settings in place). */
export type SourceLoad = { status: "none" } | { status: "loading"; datasetTitle: string } | { status: "loaded"; source: DatasetSource } | { status: "failed"; failure: SourceFailure };

export interface SpaceLoadHandlers {
  /** The space arrived: restore its settings and view (before its file is fetched). */
  onOpened: (opened: OpenedSpace) => void;
  /** Its dataset file arrived (first load or a retry): use it as input A and run. */
  onSource: (source: DatasetSource) => void;
}

/**
 * Opens a space in the workbench in two steps, so that a file that fails to download (deleted,
 * network down, server error) never costs the saved settings: first the space with its settings,
 * then its dataset file. Each step can be retried on its own; leaving the page aborts both.
 */
export function useSpaceLoad(slug: string | null, handlers: SpaceLoadHandlers) {
  const [space, setSpace] = useState<SpaceLoad>({ status: "loading" });
  const [source, setSource] = useState<SourceLoad>({ status: "none" });
  const [attempt, setAttempt] = useState(0);
  const handlersRef = useRef(handlers);
  const sourceController = useRef<AbortController | null>(null);

  useEffect(() => {
    handlersRef.current = handlers;
  });

  const fetchSource = useCallback(async (opened: OpenedSpace) => {
    sourceController.current?.abort();
    const controller = new AbortController();
    sourceController.current = controller;
    const linked = opened.space.dataset;
    if (!linked) return setSource({ status: "none" });
    setSource({ status: "loading", datasetTitle: linked.title });
    try {
      const result = await loadSpaceSource(opened, controller.signal);
      if (controller.signal.aborted) return;
      if (result.kind === "loaded") {
        setSource({ status: "loaded", source: result.source });
        handlersRef.current.onSource(result.source);
      } else setSource(result.kind === "failed" ? { status: "failed", failure: result.failure } : { status: "none" });
    } catch {
      // Only an abort is thrown: the page was left or a newer attempt started.
    }
  }, []);

  useEffect(() => {
    if (!slug) return;
    // The state starts as "loading" (the page remounts the workbench for another slug) and Retry resets it.
    const controller = new AbortController();
    loadSpaceRecord(slug, controller.signal).then(
      (opened) => {
        if (controller.signal.aborted) return;
        setSpace({ status: "loaded", opened });
        handlersRef.current.onOpened(opened);
        void fetchSource(opened);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSpace({ status: "failed", error });
      },
    );
    return () => {
      controller.abort();
      sourceController.current?.abort();
    };
  }, [slug, attempt, fetchSource]);

  /** Fetches the space again (after it failed). */
  const retrySpace = useCallback(() => {
    setSpace({ status: "loading" });
    setSource({ status: "none" });
    setAttempt((n) => n + 1);
  }, []);

  /** Fetches the space's dataset file again (after it failed); the settings are not touched. */
  const retrySource = useCallback(() => {
    if (space.status === "loaded") void fetchSource(space.opened);
  }, [space, fetchSource]);

  return { space, source, retrySpace, retrySource };
}
