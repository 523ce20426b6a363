/** Query keys in one place so mutations invalidate exactly what lists and details read. */
export type ListParams = Record<string, string | number | boolean | undefined>;

export const queryKeys = {
  me: ["me"] as const,
  datasets: {
    all: ["datasets"] as const,
    list: (params: ListParams) => ["datasets", "list", params] as const,
    detail: (slug: string) => ["datasets", "detail", slug] as const,
    preview: (previewUrl: string) => ["datasets", "preview", previewUrl] as const,
  },
  protocols: {
    all: ["protocols"] as const,
    list: (params: ListParams) => ["protocols", "list", params] as const,
    detail: (slug: string) => ["protocols", "detail", slug] as const,
  },
  labs: {
    all: ["labs"] as const,
    list: (params: ListParams) => ["labs", "list", params] as const,
    detail: (slug: string) => ["labs", "detail", slug] as const,
  },
  spaces: {
    all: ["spaces"] as const,
    list: (params: ListParams) => ["spaces", "list", params] as const,
    detail: (slug: string) => ["spaces", "detail", slug] as const,
  },
  apiKeys: ["api-keys"] as const,
};
