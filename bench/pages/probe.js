// The benchmark's probe, loaded as the first (classic, blocking) script of every variant's
// page and left out of the size figures. It records the page's own milestones with
// performance.now(), whose origin is the navigation start:
//
//   ready    the first task boundary at which every radio is in the DOM (light or shadow)
//            and the chart has drawn at least once, after a forced layout;
//   settled  after a programmatic click on a radio: the task after the chart's next draw,
//            after a forced layout.
//
// A variant reports each chart draw by calling `__bench.drawn(source)`: the floor and the
// peer from a Chart.js `afterDraw` plugin; `ours` from the signal described in README.md.
(() => {
  const expectedRadios = Number(document.documentElement.dataset.radios);
  const radiosPerCriterion = Number(document.documentElement.dataset.radiosPerCriterion);

  const state = {
    draws: 0,
    drawSources: {},
    fullClears: 0,
    readyAt: null,
    readyVia: null,
    pendingSettle: null,
    errors: [],
  };
  let resolveReady;
  const ready = new Promise((resolve) => {
    resolveReady = resolve;
  });

  /** Every radio in document order, descending into open shadow roots. */
  function allRadios() {
    const found = [];
    const walk = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.matches('input[type="radio"], [role="radio"]')) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  }

  /** Forces style and layout so that a milestone includes the work the browser deferred. */
  function forceLayout() {
    return document.documentElement.getBoundingClientRect().height;
  }

  let polling = false;

  function checkReady(via) {
    if (state.readyAt !== null || state.draws === 0) return;
    if (allRadios().length < expectedRadios) {
      // The radios arrive after the chart's draw: look again once a frame until they are in.
      if (!polling) {
        polling = true;
        requestAnimationFrame(everyFrame);
      }
      return;
    }
    forceLayout();
    state.readyAt = performance.now();
    state.readyVia = via;
    resolveReady();
  }

  function everyFrame() {
    if (state.readyAt !== null) return;
    checkReady('frame');
    requestAnimationFrame(everyFrame);
  }

  /** The visible text that names a radio. */
  function labelOf(radio) {
    const label = radio.labels?.[0] ?? radio.closest('label');
    const text = label?.textContent ?? radio.getAttribute('aria-label') ?? radio.textContent ?? '';
    return text.replace(/\s+/g, ' ').trim();
  }

  window.__bench = {
    state,
    ready,

    /** Called by a variant on every chart draw. */
    drawn(source) {
      state.draws += 1;
      state.drawSources[source] = (state.drawSources[source] ?? 0) + 1;
      if (state.readyAt === null) setTimeout(checkReady, 0, 'draw');
      const settle = state.pendingSettle;
      if (settle) {
        state.pendingSettle = null;
        // When the chart drew: a diagnostic only. A page may still have work queued in this
        // task (SurveyJS re-renders its strings in a microtask after the draw) that blocks the
        // next frame, so the figure that counts is the task after.
        state.drawnAt = performance.now();
        // Draws are synchronous (animation off): the next task sees the finished frame's work.
        setTimeout(() => {
          forceLayout();
          settle(performance.now());
        }, 0);
      }
    },

    /** Counts the radios now in the DOM. */
    countRadios() {
      return allRadios().length;
    },

    /**
     * Clicks radio `level` of criterion `criterion` and resolves when the page has settled.
     * The radio is found before the clock starts.
     */
    async click(criterion, level) {
      const radio = allRadios()[criterion * radiosPerCriterion + level];
      if (!radio) return { ms: NaN, error: `no radio ${criterion}/${level}` };
      const label = labelOf(radio);
      // Start from a quiet page, as a person's next click would: work the previous click
      // deferred (re-renders, observers) is not billed to this one.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
      const drawsBefore = state.draws;
      state.drawnAt = NaN;
      const settled = new Promise((resolve) => {
        state.pendingSettle = resolve;
      });
      const timeout = new Promise((resolve) => setTimeout(resolve, 10_000, NaN));
      const started = performance.now();
      radio.click();
      const end = await Promise.race([settled, timeout]);
      state.pendingSettle = null;
      const checked = radio.checked ?? radio.getAttribute('aria-checked') === 'true';
      return { ms: end - started, drawnMs: state.drawnAt - started, label, checked, draws: state.draws - drawsBefore };
    },
  };
})();
