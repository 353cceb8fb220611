import {defineConfig} from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Build tests and the browser suite share dist/ and the Framework cache: run files one at a time.
    fileParallelism: false,
    globalSetup: ["test/global-setup.ts"]
  }
});
