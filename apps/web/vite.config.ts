import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** Where `npm run dev -w @verdict/web` sends API and WebSocket traffic: ./run start's server unless told. */
const DEV_API_TARGET = process.env.VERDICT_DEV_API ?? 'http://localhost:3000';
const OUT_DIR = 'dist';
/** Files worth compressing; woff2 and images are compressed already. */
const COMPRESSIBLE = /\.(js|css|html|svg|ttf|json)$/;
const MIN_COMPRESS_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes a .br and a .gz beside every text asset, so the server sends them as they are
 * (@fastify/static's preCompressed) instead of compressing on every request.
 */
function precompress(): Plugin {
  return {
    name: 'verdict-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(OUT_DIR)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const bytes = readFileSync(file);
        if (bytes.length < MIN_COMPRESS_BYTES) continue;
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }),
        );
      }
    },
  };
}

export default defineConfig({
  // Vite's own JSX transform (oxc) with React's automatic runtime: no Babel plugin needed to build
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [precompress()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/api': { target: DEV_API_TARGET, changeOrigin: false },
      '/ws': { target: DEV_API_TARGET, ws: true },
    },
  },
});
