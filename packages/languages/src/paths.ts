import { fileURLToPath } from 'node:url';

/** The repository root: mounts with relative host paths (e.g. "node_modules/typescript") start here. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** Where the language folders live in this repository. */
export const DEFAULT_LANGUAGES_DIR = `${REPO_ROOT}/languages`;

/**
 * PATH inside the sandbox. Toolchains are looked up and probed on the host with the same PATH,
 * so a tool only in the host user's PATH (pyenv shims, ~/.cargo/bin) is not mistaken for one the
 * sandbox can run.
 */
export const TOOLCHAIN_PATH = '/usr/local/bin:/usr/bin:/bin';
