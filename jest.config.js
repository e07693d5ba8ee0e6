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
  // otplib's default plugins load @noble/hashes and @scure/base, which ship ES modules only: jest on
  // Node 20 cannot require them, so swc compiles them to CommonJS like our own files.
  transform: { '^.+\\.ts$': swc, '/node_modules/@(noble|scure)/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@(noble|scure)/)'],
  testMatch: ['<rootDir>/{gateway,subgraphs,schema}/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Integration suites start real servers against real Postgres; keep them honest but bounded.
  testTimeout: 60_000,
  maxWorkers: 2,
};
