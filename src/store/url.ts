/**
 * The view lives in the URL too, so a copied link reopens the same view: `?actor=putin`,
 * `&compare=zelenskyy`, `?view=source|matrix`, `&step=4` (1-based), `&present`, `&predict`,
 * `&revealed=putin,witkoff`. Other parameters (such as `scenario`) are kept as they are.
 */
import { EVENT, type Focus, type ViewState } from './appStore';

const MANAGED = ['actor', 'compare', 'view', 'step', 'present', 'predict', 'revealed'] as const;

export function viewFromSearch(search: string): ViewState {
  const params = new URLSearchParams(search);
  const actor = params.get('actor');
  const compare = params.get('compare');
  const view = params.get('view');
  const stepNumber = Number.parseInt(params.get('step') ?? '', 10);
  let focus: Focus = EVENT;
  if (actor) focus = compare ? { kind: 'actor', id: actor, compare } : { kind: 'actor', id: actor };
  else if (view === 'source') focus = { kind: 'source' };
  else if (view === 'matrix') focus = { kind: 'matrix' };
  return {
    focus,
    step: Number.isFinite(stepNumber) && stepNumber >= 1 ? stepNumber - 1 : null,
    presenting: params.has('present'),
    predict: params.has('predict'),
    revealed: (params.get('revealed') ?? '').split(',').filter(Boolean),
  };
}

/**
 * The view an address opens. A link to a step alone (`?step=4`) leaves the focus to the
 * step, which names it once the scenario is known (see `sanitiseView`).
 */
export function linkedView(search: string): Partial<ViewState> {
  const view: Partial<ViewState> = viewFromSearch(search);
  const params = new URLSearchParams(search);
  if (view.step !== null && !params.has('actor') && !params.has('view')) delete view.focus;
  return view;
}

/** Writes a view into a query string, keeping any parameters it does not manage. */
export function searchForView(search: string, view: ViewState): string {
  const params = new URLSearchParams(search);
  for (const key of MANAGED) params.delete(key);
  const { focus } = view;
  if (focus.kind === 'actor') {
    params.set('actor', focus.id);
    if (focus.compare) params.set('compare', focus.compare);
  }
  if (focus.kind === 'source' || focus.kind === 'matrix') params.set('view', focus.kind);
  if (view.step !== null) params.set('step', String(view.step + 1));
  if (view.presenting) params.set('present', '');
  if (view.predict) params.set('predict', '');
  if (view.predict && view.revealed.length) params.set('revealed', view.revealed.join(','));
  const out = params.toString().replace(/=(?=&|$)/g, '');
  return out ? `?${out}` : '';
}

/** The query string for another focus, everything else kept (for links to an actor's view). */
export function searchWithFocus(search: string, focus: Focus): string {
  return searchForView(search, { ...viewFromSearch(search), focus });
}

export function viewOf(state: ViewState): ViewState {
  return { focus: state.focus, step: state.step, presenting: state.presenting, predict: state.predict, revealed: state.revealed };
}
