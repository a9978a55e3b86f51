import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Legend } from './components/network/Legend';
import { NetworkView, type NetworkHandle } from './components/network/NetworkView';
import { Panel } from './components/panel/Panel';
import { DropZone } from './components/shell/DropZone';
import { ScenarioControls } from './components/shell/ScenarioControls';
import { Toolbar } from './components/shell/Toolbar';
import { useBroadcastSync } from './hooks/useBroadcastSync';
import { useDocumentTitle } from './hooks/useDocumentTitle';
import { usePresenterKeys } from './hooks/usePresenterKeys';
import { usePrintHandouts } from './hooks/usePrintHandouts';
import { useUrlSync } from './hooks/useUrlSync';
import { BlankScreen, ClassConsole, ClassProjector, EditorPanel, EmbedBar, LinkLoading, LoadAlert, PresenterConsole, ShareDialog, StanceMatrix, StepBar, StudentClass } from './lazyViews';
import { AUDIENCE, EMBED, JOIN, PROJECTOR_THEME } from './pageMode';
import { selectBlank, selectFocus, selectLoading, selectOrigin, selectPredict, selectPresenting, selectProblem, selectRevealed, selectScenario, selectStep, useAppStore } from './store/appStore';
import { searchForView, viewOf } from './store/url';
import { PAIR_PARAM, currentSecret, presenterSecret } from './sync/pairing';

// The projector theme and the audience window are styled from <html>, so they reach the
// whole page. The attributes are set as the store changes, before React renders, so that
// anything measured during that render sees the new type sizes.
function markMode(presenting: boolean): void {
  const root = document.documentElement;
  if (presenting || AUDIENCE || PROJECTOR_THEME) root.dataset.present = 'true';
  else delete root.dataset.present;
  if (AUDIENCE) root.dataset.audience = 'true';
}
markMode(useAppStore.getState().presenting);
useAppStore.subscribe((s) => s.presenting, markMode);

/** Opens the audience window, paired with this one by a secret in its address; returns the secret. */
function openAudienceWindow(): string {
  const secret = presenterSecret();
  const params = new URLSearchParams(searchForView(window.location.search, { ...viewOf(useAppStore.getState()), presenting: true }));
  params.set('audience', '');
  params.set(PAIR_PARAM, secret);
  const search = params.toString().replace(/=(?=&|$)/g, '');
  // The part after # carries a shared scenario (#shared=): the audience needs it too.
  window.open(`${window.location.pathname}?${search}${window.location.hash}`, 'standpoint-audience', 'popup');
  return secret;
}

export function App() {
  const scenario = useAppStore(selectScenario);
  const origin = useAppStore(selectOrigin);
  const network = useRef<NetworkHandle>(null);
  const focus = useAppStore(selectFocus);
  const presenting = useAppStore(selectPresenting) || AUDIENCE;
  const predict = useAppStore(selectPredict);
  const revealed = useAppStore(selectRevealed);
  // Parts only some visits show load when first shown (see lazyViews).
  const loading = useAppStore(selectLoading) !== null;
  const problem = useAppStore(selectProblem) !== null;
  const walking = useAppStore(selectStep) !== null;
  const blank = useAppStore(selectBlank);
  const { Handouts, printing, print } = usePrintHandouts();
  // While the class predicts, the matrix shows only the views already revealed.
  const matrixScenario = useMemo(
    () => (scenario && predict ? { ...scenario, actors: scenario.actors.filter((a) => revealed.includes(a.id)) } : scenario),
    [scenario, predict, revealed],
  );
  useUrlSync();
  useDocumentTitle();
  usePresenterKeys();
  // Set once this window has opened an audience window, or is one (or was, before a reload).
  const [pairSecret, setPairSecret] = useState(currentSecret);
  const [sharing, setSharing] = useState(false);
  // A class session this tab was teaching comes back after a reload (see class/session.ts).
  const [teaching, setTeaching] = useState(() => {
    try {
      return sessionStorage.getItem('standpoint:class-teacher') !== null;
    } catch {
      return false;
    }
  });
  useBroadcastSync(scenario?.id, pairSecret, AUDIENCE);

  // Escape first dismisses a refusal notice or a blank screen, then returns to the event.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const s = useAppStore.getState();
      if (s.problem) s.dismissProblem();
      else if (s.blank) s.setBlank(false);
      else s.showEvent();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!scenario) return null;
  const panelArea =
    origin.kind === 'draft' && !presenting ? (
      <aside className="panel" aria-label="Editor">
        <Suspense fallback={<p className="panel__body">Loading the editor{'\u2026'}</p>}>
          <EditorPanel />
        </Suspense>
      </aside>
    ) : (
      <Panel scenario={scenario} />
    );
  return (
    <>
      <div className="app">
        <a
          className="skip-link"
          href="#network"
          onClick={(e) => {
            e.preventDefault();
            network.current?.focusActor();
          }}
        >
          Skip to the network
        </a>
        {EMBED ? (
          <Suspense fallback={null}>
            <EmbedBar title={scenario.title} />
          </Suspense>
        ) : (
          <header className="app__header">
            <p className="brand">Standpoint</p>
            <h1 className="app__title">{scenario.title}</h1>
            {!presenting && JOIN === null && <ScenarioControls />}
            {!AUDIENCE && JOIN === null && (
              <Toolbar
                onPrint={() => void print()}
                onOpenAudience={() => setPairSecret(openAudienceWindow())}
                onShare={() => setSharing(true)}
                onClass={teaching ? undefined : () => setTeaching(true)}
              />
            )}
          </header>
        )}
        {(JOIN !== null || teaching || AUDIENCE) && (
          <Suspense fallback={null}>
            {JOIN !== null ? <StudentClass code={JOIN} /> : AUDIENCE ? <ClassProjector /> : <ClassConsole onClose={() => setTeaching(false)} />}
          </Suspense>
        )}
        <Suspense fallback={null}>
          {loading && <LinkLoading />}
          {problem && <LoadAlert />}
          {walking && <StepBar scenario={scenario} audience={AUDIENCE} />}
        </Suspense>
        <DropZone />
        {/* A student's phone reads the panel first, the network below it. */}
        <main className={JOIN === null ? 'app__main' : 'app__main app__main--student'}>
          {JOIN !== null && panelArea}
          <div className="app__network">
            {focus.kind === 'matrix' && matrixScenario ? (
              matrixScenario.actors.length > 0 ? (
                <Suspense fallback={<p className="matrix-empty">Loading the matrix…</p>}>
                  <StanceMatrix scenario={matrixScenario} onOpenActor={(id) => useAppStore.getState().selectActor(id)} />
                </Suspense>
              ) : (
                <p className="matrix-empty">While the class predicts, the matrix fills in as each actor&rsquo;s view is revealed.</p>
              )
            ) : (
              <>
                <NetworkView scenario={scenario} handle={network} />
                <Legend scenario={scenario} />
              </>
            )}
          </div>
          {JOIN === null && panelArea}
        </main>
        {presenting && !AUDIENCE && (
          <Suspense fallback={null}>
            <PresenterConsole scenario={scenario} onClass={teaching ? undefined : () => setTeaching(true)} />
          </Suspense>
        )}
        {blank && (
          <Suspense fallback={null}>
            <BlankScreen audience={AUDIENCE} />
          </Suspense>
        )}
        {sharing && (
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setSharing(false)} scene={() => network.current?.scene() ?? null} />
          </Suspense>
        )}
      </div>
      {printing && Handouts && <Handouts scenario={scenario} origin={origin} />}
    </>
  );
}
