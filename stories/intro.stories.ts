import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';

/**
 * What merverdi is, as the first page of the catalogue. The element stories sit beside it,
 * one file per element.
 */
const meta: Meta = {
  title: 'Introduksjon',
};
export default meta;

export const OmMerverdi: StoryObj = {
  name: 'Om merverdi',
  render: () => html`
    <article lang="nb" style="max-inline-size: 60ch; font-family: system-ui, sans-serif">
      <h1>merverdi</h1>
      <p>
        Egenvurdering av tilbud fra sosiale entreprenører, til bruk på kommunens nettsider: tilbudet
        vurderes opp mot kommunens langsiktige mål og kriterier for brukermedvirkning, og resultatet
        vises som et radardiagram med en tabell som alternativ.
      </p>
      <p>
        Elementene har prefikset <code>mv-</code>. Egenskapene i kontrollpanelet kommer fra
        <code>custom-elements.json</code>.
      </p>
    </article>
  `,
};
