import {availableParallelism} from "node:os";
import {defineConfig} from "vitest/config";

// Three projects: "unit" (the library, goldens, snapshots: no build, seconds; its files share their workers' loaded
// modules rather than each loading src/, jsdom and Plot again), "bundled" (the chart snapshots again with the
// pages' Plot bundle built by esbuild and mocked in, so in a worker of their own, loading everything again: run by
// `npm test`, not `npm run test:unit`) and "site" (build, browser and end-to-end tests, which share one build of
// dist/ made by the global setup, only read it, and work in copies of their own: two files at a time).
export default defineConfig({
  test: {
    testTimeout: 120_000,
    // Every core: the unit files run side by side (a worker each, every worker keeping the modules it loaded).
    maxWorkers: availableParallelism(),
    hookTimeout: 300_000,
    // Transformed modules kept on disk (node_modules/.experimental-vitest-cache, keyed by each file's content and
    // the config) and read back by the next run instead of transformed again. `npx vitest --clearCache` empties it.
    experimental: {fsModuleCache: true},
    // expect.poll waits for the event it polls for; its own default budget (1 s) would lose on a loaded machine,
    // so only the test's timeout bounds it.
    expect: {poll: {timeout: 100_000, interval: 20}},
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "test/src/**/*.test.ts",
            "test/charts/**/*.test.ts",
            "test/bench/**/*.test.ts",
            "test/components/**/*.test.ts",
            "test/*.test.ts",
            "test/foundation/freshness.test.ts",
            "test/foundation/replace-dir.test.ts",
            "test/foundation/build-log.test.ts",
            "test/foundation/static-charts.test.ts",
            "test/foundation/head.test.ts",
            "test/foundation/preloads.test.ts",
            "test/foundation/serve.test.ts",
            "test/foundation/layers.test.ts",
            "test/foundation/stories.test.ts",
            "test/foundation/conversion-section.test.ts"
          ],
          exclude: [
            "test/components/node-bundles.test.ts",
            "test/new-story.test.ts",
            "test/new-story-edges.test.ts",
            "test/bad-inputs.test.ts",
            "test/cli.test.ts",
            "test/components/charts-bundled.test.ts"
          ],
          // Threads, not processes: a worker starts and loads its modules about a fifth faster (no test here
          // changes the process's directory or spawns with it).
          pool: "threads",
          isolate: false
        }
      },
      {
        extends: true,
        test: {name: "bundled", include: ["test/components/charts-bundled.test.ts"], pool: "threads"}
      },
      {
        extends: true,
        test: {
          name: "site",
          include: [
            "test/foundation/build.test.ts",
            "test/foundation/offline-npm.test.ts",
            "test/foundation/update-reference.test.ts",
            // (the social card rasterised with its 26 MB of fonts: a built file, seconds of a unit run)
            "test/foundation/card.test.ts",
            "test/components/node-bundles.test.ts",
            "test/e2e/**/*.test.ts",
            "test/new-story.test.ts",
            "test/new-story-edges.test.ts",
            "test/cli.test.ts",
            "test/bad-inputs.test.ts"
          ],
          globalSetup: ["test/global-setup.ts"]
        }
      }
    ]
  }
});
