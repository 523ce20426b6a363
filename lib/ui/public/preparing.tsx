/** Shown (with HTTP 200) in the seconds between first start-up and the first export. */
export function PreparingState() {
  return (
    <div className="state state-empty public-preparing">
      <p className="state-title">The public catalogue is being prepared</p>
      <p>
        Cyanea publishes its public datasets, protocols, labs and spaces as a snapshot that is refreshed regularly. The first
        one is being written now; please reload this page in a few seconds.
      </p>
      <p>
        <a className="btn" href="/signin">
          Sign in
        </a>
      </p>
    </div>
  );
}
