import type { Plugin } from 'vite';

/** Puts every module the CDN entry imports statically into one start-up chunk. */
export function startupChunk(): { plugin: Plugin; isStartup: (id: string) => boolean };
