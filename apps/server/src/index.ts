export { createServer, SERVER_VERSION, type ServerDeps } from './app.ts';
export { ConfigError, ConfigSchema, describeOptions, parseConfig, type ServerConfig, SOURCES } from './config.ts';
export type { AvailableLanguage, ServerPolicy } from './context.ts';
export { createInProcessLink, createLifecycle, DEFAULT_MAX_ATTEMPTS, type SubmissionLifecycle } from './lifecycle.ts';
export { type Platform, PlatformError, type PlatformInfo, type PlatformParts, startPlatform } from './platform.ts';
export { DEFAULT_POLICY } from './policy.ts';
export { RUNS_CHANNEL } from './run-ids.ts';
