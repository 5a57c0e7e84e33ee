// ESLint: typescript-eslint's recommended rules, strict about unused code, and named exports only.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const namedExportsOnly = {
  "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "Use named exports (one concept per file)." }]
};

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    rules: {
      ...namedExportsOnly,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off"
    }
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "@fluentui/*", "office-*", "@microsoft/*", "../functions/*", "../excel/*", "../taskpane/*"], message: "The engine is pure: nothing from Office, React, the DOM or the shells." }] }
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions"]
    }
  },
  {
    files: ["**/*.mjs", "**/*.cjs", "**/*.js"],
    languageOptions: { globals: globals.node }
  }
);
