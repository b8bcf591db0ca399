import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the TypeScript sources; the CLI tests spawn the built bin (pnpm build first).
const alias = {
  '@newsgraph/graph-schema': src('./graph-schema/src/index.ts'),
  '@newsgraph/extractor': src('./packages/extractor/src/index.ts'),
  '@newsgraph/loader': src('./packages/loader/src/index.ts'),
  '@newsgraph/evaluation': src('./packages/evaluation/src/index.ts'),
  '@newsgraph/exports': src('./packages/exports/src/index.ts'),
  '@newsgraph/cookbook': src('./packages/cookbook/src/index.ts'),
  '@newsgraph/parallel': src('./packages/parallel/src/index.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: [
            'graph-schema/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./test/neo4j-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
