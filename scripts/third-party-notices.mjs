// A Vite plugin for the CDN build: writes THIRD-PARTY-NOTICES.txt beside merverdi.js with the
// licence of every package the CDN files bundle (Lit, Chart.js and what they pull in).
// Minifying strips the licence comments from the bundled code, and both the MIT and the BSD
// licences ask that the notice travel with every copy; a kommune that hosts the folder hosts
// the notice with it. The list comes from the modules actually in the output, so a new
// dependency is named without anyone remembering to add it, and the texts come from the
// packages themselves in node_modules.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** The package folder a module id lies in, or undefined for our own code. */
export function packageFolder(id) {
  const path = id.replace(/^\0/, '').split('?')[0];
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at === -1) return undefined;
  const rest = path.slice(at + marker.length).split(sep);
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  return join(path.slice(0, at + marker.length), ...rest.slice(0, depth));
}

/** The licence text a package ships (LICENSE, LICENSE.md, LICENCE, COPYING, …). */
function licenceText(folder) {
  const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return file ? readFileSync(join(folder, file), 'utf8').trim() : undefined;
}

/** @returns {import('vite').Plugin} */
export function thirdPartyNotices() {
  return {
    name: 'merverdi-third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      const folders = new Set();
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          const folder = packageFolder(id);
          if (folder && existsSync(join(folder, 'package.json'))) folders.add(folder);
        }
      }
      const sections = [...folders]
        .map((folder) => {
          const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
          const text = licenceText(folder);
          if (!text) this.error(`${manifest.name} ships no licence file; its notice cannot be copied.`);
          const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
          const heading = [`${manifest.name} ${manifest.version} (${manifest.license})`, repository].filter(Boolean);
          return { name: manifest.name, text: [...heading, '', text].join('\n') };
        })
        .sort((a, b) => a.name.localeCompare(b.name));
      const rule = '-'.repeat(78);
      const source = [
        'merverdi.js and its sibling files include code from the packages below, each under',
        "its own licence, reproduced in full. merverdi's own code is under the MIT licence",
        '(see LICENSE in the merverdi package).',
        '',
        ...sections.flatMap((section) => [rule, section.text, '']),
      ].join('\n');
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source });
    },
  };
}

