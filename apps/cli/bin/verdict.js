#!/usr/bin/env node
// Entry point of the `verdict` command: loads the TypeScript sources through tsx so the
// repository runs without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
