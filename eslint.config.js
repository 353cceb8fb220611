// Lint: ESLint's recommended rules and typescript-eslint's, without type information (fast enough for every
// `npm test`); Prettier owns the formatting.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "docs/.observablehq/",
      ".dist-partial-*/",
      ".engine/",
      ".desk/",
      ".desk-partial-*/",
      "test/.tmp/",
      "bench/results/"
    ]
  },
  js.configs.recommended,
  // Plain JavaScript run by Node: the loaders and what they share.
  {files: ["**/*.js"], languageOptions: {globals: {process: "readonly", fetch: "readonly", Buffer: "readonly"}}},
  ...tseslint.configs.recommended,
  {
    languageOptions: {ecmaVersion: 2023, sourceType: "module"},
    rules: {
      // `_` names an ignored parameter, and a rest sibling drops a key: ({build, ...spec}) => spec
      "@typescript-eslint/no-unused-vars": [
        "error",
        {argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true}
      ]
    }
  }
);
