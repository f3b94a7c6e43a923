export * from './api.ts';
export * from './events.ts';
export * from './jobs.ts';
export * from './verdicts.ts';
