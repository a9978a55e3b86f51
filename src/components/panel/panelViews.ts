/** The panel's views a first visit does not open on, in one chunk: see LazyPanels.tsx. */
export { ActorPanel } from './ActorPanel';
export { SourcePanel } from './SourcePanel';
