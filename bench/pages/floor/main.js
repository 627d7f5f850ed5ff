// The floor: the least code that can do the job. Plain DOM radio groups built with
// createElement, and the same tree-shaken radar, redrawn on every change.
import { createRadar, updateRadar } from '../radar.js';

const framework = JSON.parse(document.getElementById('framework').textContent);
const root = document.getElementById('app');

const form = document.createElement('form');
for (const dimension of framework.dimensions) {
  const section = document.createElement('section');
  const heading = document.createElement('h2');
  heading.textContent = dimension.title;
  section.append(heading);
  for (const criterion of dimension.criteria) {
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = criterion.title;
    fieldset.append(legend);
    const options = framework.scale.levels.map((level) => [String(level.value), level.label]);
    options.push(['na', 'Ikke relevant']);
    for (const [value, text] of options) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = criterion.id;
      input.value = value;
      label.append(input, ` ${text}`);
      fieldset.append(label);
    }
    section.append(fieldset);
  }
  form.append(section);
}

const aside = document.createElement('aside');
root.append(form, aside);
const chart = createRadar(aside, framework);

const values = new Map();
form.addEventListener('change', (event) => {
  const input = event.target;
  values.set(input.name, input.value === 'na' ? 'na' : Number(input.value));
  updateRadar(chart, framework, values);
});
