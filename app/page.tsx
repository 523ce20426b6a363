import Link from "next/link";

/** Front door: what Cyanea is, and the way in. */
export default function HomePage() {
  return (
    <main className="home">
      <h1>Cyanea</h1>
      <p>
        Publish sequence, annotation, structure and table datasets; write protocols with your lab; analyse your data in your own
        browser.
      </p>
      <p>
        <Link href="/signin">Sign in</Link> or <Link href="/signup">create an account</Link>, then open{" "}
        <Link href="/app">your workspace</Link>.
      </p>
    </main>
  );
}
