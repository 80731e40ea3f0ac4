import { defineConfig } from "vitest/config";

// Two projects: unit tests run alone; site tests (end-to-end and browser)
// share one build of the seeds made by their global setup.
const SITE_TESTS = ["tests/e2e/**/*.test.ts", "tests/browser/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: [...SITE_TESTS, "**/node_modules/**"] },
      },
      {
        extends: true,
        test: { name: "site", include: SITE_TESTS, globalSetup: ["tests/helpers/global-build.ts"] },
      },
    ],
  },
});
