// The peer: SurveyJS (survey-core + survey-js-ui) rendering the same criteria as
// radiogroup questions, with the same radar beside it, redrawn on every value change.
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import { createRadar, updateRadar } from '../radar.js';

const framework = JSON.parse(document.getElementById('framework').textContent);
const root = document.getElementById('app');

const choices = framework.scale.levels.map((level) => ({ value: level.value, text: level.label }));
const survey = new Model({
  title: framework.title,
  showQuestionNumbers: 'off',
  pages: [
    {
      name: 'vurdering',
      elements: framework.dimensions.map((dimension) => ({
        type: 'panel',
        name: dimension.id,
        title: dimension.title,
        elements: dimension.criteria.map((criterion) => ({
          type: 'radiogroup',
          name: criterion.id,
          title: criterion.title,
          choices,
          showNoneItem: true,
          noneText: 'Ikke relevant',
        })),
      })),
    },
  ],
});

const form = document.createElement('div');
const aside = document.createElement('aside');
root.append(form, aside);
renderSurvey(survey, form);
const chart = createRadar(aside, framework);

const values = new Map();
survey.onValueChanged.add((_, change) => {
  values.set(change.name, change.value);
  updateRadar(chart, framework, values);
});
