/**
 * The privacy note under the workbench title. True by construction: inputs go to Web Workers in this tab;
 * the only upload is "Save as space", which sends the settings, never the sequence.
 */
export function LocalIndicator() {
  return (
    <p className="analyze-local" role="note">
      <span className="analyze-local-dot" aria-hidden="true" />
      Runs locally in your browser — your sequence is not uploaded
    </p>
  );
}
