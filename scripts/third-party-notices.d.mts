import type { Plugin } from 'vite';

export declare const NOTICES_FILE: string;
export declare function packageFolder(id: string): string | undefined;
export declare function thirdPartyNotices(): Plugin;
