import { waitUntil } from '@open-wc/testing';
import type { MvRadar } from '../../components/radar/mv-radar.js';

/**
 * Scrolls a radar into view and waits until its chart is drawn. A radar far below the visible
 * part of the page makes its chart only when the reader comes near it, and a test page stacks
 * its fixtures, so a later radar may sit screens down.
 */
export async function scrolledToChart(radar: MvRadar): Promise<MvRadar> {
  radar.scrollIntoView({ block: 'center' });
  await waitUntil(() => radar.drawnData.labels.length > 0, 'the radar drew no chart once scrolled into view');
  await radar.updateComplete;
  return radar;
}
