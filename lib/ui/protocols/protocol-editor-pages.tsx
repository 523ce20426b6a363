"use client";

import { useProtocol } from "../api/protocols";
import { PageHeader } from "../components/page-header";
import { ErrorState, QueryView } from "../components/query-state";
import { ProtocolForm } from "./protocol-form";

/** `/app/protocols/new`. */
export function NewProtocolPage() {
  return (
    <>
      <PageHeader crumbs={[{ href: "/app/protocols", label: "Protocols" }]} title="New protocol" />
      <ProtocolForm />
    </>
  );
}

/** `/app/protocols/[slug]/edit`: loads the protocol, then the same form in edit mode. */
export function EditProtocolPage({ slug }: { slug: string }) {
  const protocol = useProtocol(slug);
  return (
    <QueryView query={protocol} loadingLabel="Loading protocol…" backHref="/app/protocols" backLabel="All protocols">
      {(data) =>
        data.canEdit ? (
          <>
            <PageHeader
              crumbs={[
                { href: "/app/protocols", label: "Protocols" },
                { href: `/app/protocols/${data.slug}`, label: data.title },
              ]}
              title={`Edit ${data.title}`}
            />
            <ProtocolForm protocol={data} />
          </>
        ) : (
          <ErrorState error={new Error("You can read this protocol but not edit it.")} title="Not editable" backHref={`/app/protocols/${data.slug}`} backLabel="Back to protocol" />
        )
      }
    </QueryView>
  );
}
