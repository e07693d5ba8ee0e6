/** @type {import('jest').Config} */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{gateway,subgraphs,schema}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Integration suites start real servers against real Postgres; keep them honest but bounded.
  testTimeout: 60_000,
  maxWorkers: 2,
};
