// The package as npm would publish it: what `npm pack` puts in the tarball, and whether
// everything in it that points somewhere (exports, the bin, source maps, the manifest, the
// licence notices) points at something shipped. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
/** Paths of the files the tarball would hold, relative to the package root. */
let packed;

before(() => {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [report] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
  packed = new Set(report.files.map((file) => normalize(file.path)));
});

const shipped = (path) => packed.has(normalize(path.replace(/^\.\//, '')));

/** Every file an `exports` entry can lead to, with the entry's name. */
function exportTargets() {
  const targets = [];
  for (const [entry, target] of Object.entries(manifest.exports)) {
    const conditions = typeof target === 'string' ? { default: target } : target;
    for (const [condition, path] of Object.entries(conditions)) targets.push({ entry, condition, path });
  }
  return targets;
}

describe('the packed package', () => {
  it('ships every file its exports, bin, main, types and CDN fields name', () => {
    const named = [
      ...exportTargets().map(({ entry, condition, path }) => [`exports["${entry}"].${condition}`, path]),
      ...Object.entries(manifest.bin).map(([name, path]) => [`bin.${name}`, path]),
      ...['main', 'module', 'types', 'unpkg', 'jsdelivr', 'customElements'].map((field) => [field, manifest[field]]),
    ];
    for (const [field, path] of named) assert.ok(shipped(path), `${field}: ${path} is not in the tarball`);
  });

  it('has one entry point per element, each its element folder’s define module', () => {
    const perElement = Object.keys(manifest.exports).filter((entry) => entry.startsWith('./define/'));
    assert.deepEqual(perElement.sort(), [
      './define/assessment',
      './define/assessment-actions',
      './define/case',
      './define/compare',
      './define/framework-editor',
      './define/procurement-guide',
      './define/radar',
      './define/workspace',
    ]);
    for (const entry of perElement) {
      assert.match(manifest.exports[entry].default, /^\.\/dist\/components\/[a-z-]+\/define\.js$/);
      assert.ok(
        manifest.sideEffects.some((pattern) => pattern === './dist/components/*/define.js'),
        'define modules are marked as having side effects, so bundlers keep them',
      );
    }
    const resolved = fileURLToPath(import.meta.resolve('merverdi/define/radar'));
    assert.equal(normalize(resolved), normalize(join(process.cwd(), 'dist/components/radar/define.js')));
  });

  it('runs the bin with Node: a shebang, and the built module it names', () => {
    const bin = readFileSync(manifest.bin.merverdi, 'utf8');
    assert.ok(bin.startsWith('#!/usr/bin/env node\n'));
  });

  it('ships source maps that carry their sources, and no declaration maps to missing files', () => {
    const maps = [...packed].filter((path) => path.endsWith('.map'));
    assert.ok(maps.length > 100, `${maps.length} maps`);
    assert.deepEqual(
      maps.filter((path) => path.endsWith('.d.ts.map')),
      [],
    );
    for (const path of maps) {
      const map = JSON.parse(readFileSync(path, 'utf8'));
      assert.equal(map.sourcesContent?.length, map.sources.length, `${path}: sourcesContent for every source`);
      map.sourcesContent.forEach((content, index) => {
        assert.equal(typeof content, 'string', `${path}: the content of ${map.sources[index]}`);
      });
    }
    // A module's map gives the very text of the TypeScript it was compiled from.
    const map = JSON.parse(readFileSync('dist/src/scoring/score.js.map', 'utf8'));
    const source = normalize(join(dirname('dist/src/scoring/score.js'), map.sourceRoot ?? '', map.sources[0]));
    assert.equal(source, normalize('src/scoring/score.ts'));
    assert.equal(map.sourcesContent[0], readFileSync('src/scoring/score.ts', 'utf8'));
  });

  it('names shipped modules in custom-elements.json', () => {
    const elements = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const paths = new Set();
    const collect = (value) => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof child === 'string') paths.add(child);
        else collect(child);
      }
    };
    collect(elements.modules);
    const absolute = [...paths].filter((path) => !path.startsWith('./'));
    assert.ok(absolute.length > 20);
    for (const path of absolute) assert.ok(shipped(path), `custom-elements.json names ${path}, which is not shipped`);
  });

  it('ships the MIT licence and the bundled packages’ licences beside the CDN file', () => {
    assert.ok(shipped('LICENSE'));
    assert.equal(manifest.license, 'MIT');
    const licence = readFileSync('LICENSE', 'utf8');
    assert.match(licence, /^MIT License\n\nCopyright \(c\) \d{4} merverdi contributors\n/);

    assert.ok(shipped('dist/cdn/THIRD-PARTY-NOTICES.txt'));
    const notices = readFileSync('dist/cdn/THIRD-PARTY-NOTICES.txt', 'utf8');
    for (const [name, file] of [
      ['lit', 'node_modules/lit/LICENSE'],
      ['lit-html', 'node_modules/lit-html/LICENSE'],
      ['chart.js', 'node_modules/chart.js/LICENSE.md'],
    ]) {
      const version = JSON.parse(readFileSync(join(dirname(file), 'package.json'), 'utf8')).version;
      assert.ok(notices.includes(`${name} ${version} (`), `${name} ${version} is named`);
      assert.ok(notices.includes(readFileSync(file, 'utf8').trim()), `${name}'s licence text is there in full`);
    }
    const cdn = readFileSync('dist/cdn/merverdi.js', 'utf8');
    assert.match(cdn.split('\n')[0], /THIRD-PARTY-NOTICES\.txt/);
  });

  it('says where it comes from and which Node line it runs on', () => {
    assert.match(manifest.repository.url, /^git\+https:\/\//);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.ok(manifest.keywords.includes('web-components'));
    const [major] = manifest.engines.node.match(/\d+/);
    assert.ok(Number(major) >= 24, `engines.node ${manifest.engines.node}`);
    assert.equal(manifest.exports['./cdn/merverdi.js'].types, './dist/components/cdn.d.ts');
  });
});
