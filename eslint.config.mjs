import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const noDb = {
  patterns: [{ group: ["@/db", "@/db/*", "**/db/*"], message: "app/ and lib/domain never import db/ directly: go through lib/services." }],
};

export default [
  { ignores: [".next*/**", "bench/.results/**", "node_modules/**", "out/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "wasm/**"] },
  ...next,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-anonymous-default-export": "off",
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", noDb] },
  },
  {
    files: ["lib/domain/**/*.ts", "lib/bio/**/*.ts", "lib/analysis/**/*.ts", "lib/kernels/**/*.ts", "lib/workers/**/*.ts"],
    ignores: ["**/*.test.ts", "lib/kernels/node-loader.ts", "lib/workers/test-workers.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "react", "react-dom", "drizzle-orm", "drizzle-orm/*", "node:*", "@/db/*", "@/app/*"], message: "lib/domain, lib/bio, lib/analysis, lib/kernels and lib/workers stay pure (they run in browser workers too): no framework, Node or database imports." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/edge/**/*.ts", "middleware.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/db/*", "node:*", "@/lib/services/*"], message: "The edge runs Web APIs only." }] }],
    },
  },
];
