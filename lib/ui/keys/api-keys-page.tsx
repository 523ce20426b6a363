"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import type { ApiKeyDto, CreatedApiKeyDto } from "@/lib/domain/api-types";
import { API_KEY_SCOPES, useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKeyScope } from "../api/api-keys";
import { ConfirmButton } from "../components/confirm-button";
import { CopyButton } from "../components/copy-button";
import { Field, inputA11y } from "../components/field";
import { errorFor, fieldErrorsOf, FormProblem } from "../components/form-errors";
import { PageHeader } from "../components/page-header";
import { EmptyState, QueryView } from "../components/query-state";
import { RelativeTime } from "../components/relative-time";

const SCOPE_HELP: Record<ApiKeyScope, string> = {
  read: "read datasets, protocols, spaces and labs you can see",
  write: "create, change and delete on your behalf",
};

const noopSubscribe = () => () => {};

/** The site origin for the usage example; a placeholder during server rendering. */
function useOrigin(): string {
  return useSyncExternalStore(
    noopSubscribe,
    () => window.location.origin,
    () => "http://host",
  );
}

/** `/app/keys`: list, create (secret shown once) and revoke API keys. */
export function ApiKeysPage() {
  const keys = useApiKeys();
  const [created, setCreated] = useState<CreatedApiKeyDto | null>(null);
  const origin = useOrigin();

  return (
    <>
      <PageHeader title="API keys" subtitle="Keys let scripts and the CLI call the API as you. Treat them like passwords." />
      {created ? <NewSecret created={created} origin={origin} onDismiss={() => setCreated(null)} /> : null}
      <div className="detail-layout">
        <section aria-labelledby="keys-list">
          <h2 id="keys-list">Your keys</h2>
          <QueryView query={keys} loadingLabel="Loading keys…" isEmpty={(list) => list.length === 0} empty={<EmptyState>You have no API keys.</EmptyState>}>
            {(list) => <KeyTable keys={list} />}
          </QueryView>
          <section className="section" aria-labelledby="keys-usage">
            <h2 id="keys-usage">Using a key</h2>
            <p>Send it as a bearer token:</p>
            <pre>
              <code>{`curl -H "Authorization: Bearer <key>" ${origin}/api/datasets`}</code>
            </pre>
          </section>
        </section>
        <section className="card" aria-labelledby="keys-create">
          <h2 id="keys-create">Create a key</h2>
          <CreateKeyForm onCreated={setCreated} />
        </section>
      </div>
    </>
  );
}

function NewSecret({ created, origin, onDismiss }: { created: CreatedApiKeyDto; origin: string; onDismiss: () => void }) {
  return (
    <div className="secret-box" role="alert" aria-labelledby="secret-title">
      <p className="state-title" id="secret-title">
        Key “{created.key.name}” created — copy it now
      </p>
      <p>This is the only time the secret is shown. Store it in a password manager or secret store; if you lose it, revoke the key and create a new one.</p>
      <code className="secret-value" aria-label="API key secret">
        {created.secret}
      </code>
      <div className="row">
        <CopyButton value={created.secret} label="Copy key" className="btn btn-primary" />
        <CopyButton value={`curl -H "Authorization: Bearer ${created.secret}" ${origin}/api/datasets`} label="Copy curl example" className="btn" />
        <button type="button" className="btn btn-ghost" onClick={onDismiss}>
          I have saved it
        </button>
      </div>
    </div>
  );
}

function CreateKeyForm({ onCreated }: { onCreated: (created: CreatedApiKeyDto) => void }) {
  const create = useCreateApiKey();
  const [scopeError, setScopeError] = useState<string | null>(null);
  const errors = fieldErrorsOf(create.error);
  const nameError = errorFor(errors, "/name");
  const scopesError = scopeError ?? errorFor(errors, "/scopes");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const scopes = API_KEY_SCOPES.filter((s) => data.getAll("scopes").includes(s));
    if (scopes.length === 0) {
      setScopeError("Choose at least one scope.");
      return;
    }
    setScopeError(null);
    create.mutate(
      { name: String(data.get("name") ?? "").trim(), scopes },
      {
        onSuccess: (result) => {
          form.reset();
          onCreated(result);
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} aria-busy={create.isPending}>
      {create.error ? <FormProblem error={create.error} claimed={["/name", "/scopes"]} title="Could not create the key" /> : null}
      <Field id="key-name" label="Name" hint="What uses it, e.g. “laptop CLI” or “nightly pipeline”." error={nameError}>
        <input {...inputA11y("key-name", { hint: true, error: nameError })} name="name" type="text" required maxLength={80} />
      </Field>
      <fieldset className="fieldset" aria-describedby={scopesError ? "key-scopes-error" : undefined}>
        <legend>Scopes</legend>
        {API_KEY_SCOPES.map((scope) => (
          <label key={scope} className="choice choice-block">
            <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} />
            <span>
              <strong>{scope}</strong> <span className="muted small">— {SCOPE_HELP[scope]}</span>
            </span>
          </label>
        ))}
        {scopesError ? (
          <p className="field-error" id="key-scopes-error">
            {scopesError}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create key"}
      </button>
    </form>
  );
}

function KeyTable({ keys }: { keys: readonly ApiKeyDto[] }) {
  const revoke = useRevokeApiKey();
  // Active keys first, each group newest first.
  const sorted = [...keys].sort((a, b) => Number(a.revokedAt !== null) - Number(b.revokedAt !== null) || b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      {revoke.error ? <FormProblem error={revoke.error} title="Could not revoke the key" /> : null}
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">API keys</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Scopes</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Requests today (UTC)</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((key) => (
              <tr key={key.id} className={key.revokedAt ? "is-revoked" : undefined}>
                <th scope="row">{key.name}</th>
                <td>
                  <code className="hash">{key.prefix}…</code>
                </td>
                <td>{key.scopes.join(", ")}</td>
                <td className="nowrap">
                  <RelativeTime iso={key.createdAt} />
                </td>
                <td className="nowrap">{key.lastUsedAt ? <RelativeTime iso={key.lastUsedAt} /> : <span className="muted">never</span>}</td>
                <td className="nowrap">
                  {key.usedToday.toLocaleString("en-US")} / {key.dailyQuota.toLocaleString("en-US")}
                </td>
                <td>
                  {key.revokedAt ? (
                    <span className="muted nowrap">
                      <RelativeTime iso={key.revokedAt} prefix="Revoked" />
                    </span>
                  ) : (
                    <ConfirmButton
                      label="Revoke"
                      className="btn btn-small btn-danger"
                      question={`Revoke “${key.name}”? Scripts using it stop working.`}
                      confirmLabel="Revoke key"
                      pending={revoke.isPending && revoke.variables === key.id}
                      onConfirm={() => revoke.mutate(key.id)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
