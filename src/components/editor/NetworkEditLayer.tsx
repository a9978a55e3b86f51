/**
 * Editing in the network itself while a draft is open: double-click empty space to add an
 * actor, drag from one actor to another to link them, Delete (or Backspace) on a focused
 * actor to remove them, Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z to undo and redo. Every change is
 * an edit of the draft like any other, and each has a keyboard way in the editor too (Add
 * an actor, Add a relation, Remove this actor). Loaded with the editor; it listens on the
 * network's stage, so the network itself knows nothing of editing.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { addActor, addRelation, removeActor } from '../../editor/edits';
import { currentSession, revealInEditor } from '../../editor/open';
import './editor.css';

/** A drag shorter than this is a click (it selects the actor, as ever). */
const DRAG_PX = 8;

const actorAt = (target: EventTarget | null): string | null =>
  target instanceof Element ? (target.closest('[data-actor]')?.getAttribute('data-actor') ?? null) : null;

/**
 * The actor under the pointer: the one the event hit or, in a big network (whose actors take
 * no pointer events; see network/pointer.ts), the one the network marks as hovered.
 */
const actorUnder = (stage: Element, target: EventTarget | null): string | null =>
  actorAt(target) ?? (target instanceof Element && target.closest('svg') ? (stage.querySelector('.nodes:not(.nodes--raised) [data-hover]')?.getAttribute('data-actor') ?? null) : null);

interface Line {
  from: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function NetworkEditLayer({ stage }: { stage: RefObject<HTMLDivElement | null> }) {
  const [said, setSaid] = useState('');
  const [line, setLine] = useState<Line | null>(null);
  const drag = useRef<{ from: string; x: number; y: number; moved: boolean; pointer: number } | null>(null);

  useEffect(() => {
    const el = stage.current;
    if (!el) return;
    const local = (e: { clientX: number; clientY: number }) => {
      const r = el.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const nameOf = (id: string) => currentSession()?.state.doc.actors.find((a) => a.id === id)?.name || id;

    const onDblClick = (e: MouseEvent) => {
      const session = currentSession();
      if (!session?.writable || actorUnder(el, e.target) || !(e.target instanceof Element) || !e.target.closest('svg')) return;
      const added = addActor(session.state.doc);
      session.edit(added.doc);
      setSaid('Added an actor: name them in the editor. Undo takes them back.');
      revealInEditor(`actors[${added.index}].name`);
    };

    // Capture: a drag that starts on an actor draws a relation instead of panning the view.
    const onDown = (e: PointerEvent) => {
      const from = actorUnder(el, e.target);
      if (!from || e.button !== 0 || !currentSession()?.writable) return;
      e.stopPropagation();
      const p = local(e);
      drag.current = { from, x: p.x, y: p.y, moved: false, pointer: e.pointerId };
    };
    const onMove = (e: PointerEvent) => {
      const d = drag.current;
      if (!d || e.pointerId !== d.pointer) return;
      const p = local(e);
      if (!d.moved && Math.hypot(p.x - d.x, p.y - d.y) < DRAG_PX) return;
      d.moved = true;
      setLine({ from: d.from, x1: d.x, y1: d.y, x2: p.x, y2: p.y });
    };
    const onUp = (e: PointerEvent) => {
      const d = drag.current;
      drag.current = null;
      setLine(null);
      if (!d || !d.moved) return;
      const to = actorUnder(el, document.elementFromPoint(e.clientX, e.clientY));
      const session = currentSession();
      if (!session?.writable || !to || to === d.from) return setSaid('Not linked: let go over another actor to link the two.');
      const added = addRelation(session.state.doc, d.from, to);
      session.edit(added.doc);
      setSaid(`Linked ${nameOf(d.from)} to ${nameOf(to)}: say what the relation is in the editor. Undo takes it back.`);
      revealInEditor(`relations[${added.index}].label`);
    };
    // A drag that became a relation is not also a click on the actor it started from.
    let suppressClick = false;
    const onClick = (e: MouseEvent) => {
      if (suppressClick) {
        suppressClick = false;
        e.stopPropagation();
        e.preventDefault();
      }
    };
    // d3-zoom pans on mousedown: on an actor, while editing, the press starts a relation instead.
    const onMouseDown = (e: MouseEvent) => {
      if (actorUnder(el, e.target) && e.button === 0 && currentSession()?.writable) e.stopPropagation();
    };
    const onUpCapture = (e: PointerEvent) => {
      suppressClick = drag.current?.moved === true;
      onUp(e);
    };

    const onKey = (e: KeyboardEvent) => {
      const session = currentSession();
      if (!session?.writable) return;
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || key === 'y')) {
        e.preventDefault();
        if (key === 'y' || e.shiftKey) session.redo();
        else session.undo();
        return;
      }
      const id = actorAt(e.target);
      if (!id || (e.key !== 'Delete' && e.key !== 'Backspace')) return;
      const index = session.state.doc.actors.findIndex((a) => a.id === id);
      if (index < 0 || session.state.doc.actors.length < 2) {
        setSaid('A scenario needs at least one actor: add another before removing this one.');
        return;
      }
      e.preventDefault();
      const name = nameOf(id);
      session.edit(removeActor(session.state.doc, index));
      setSaid(`Removed ${name}, with their relations. Undo (Ctrl+Z) brings them back.`);
    };

    // One signal takes every listener off again.
    const listening = new AbortController();
    const signal = listening.signal;
    el.addEventListener('dblclick', onDblClick, { signal });
    el.addEventListener('pointerdown', onDown, { capture: true, signal });
    window.addEventListener('pointermove', onMove, { signal });
    window.addEventListener('pointerup', onUpCapture, { capture: true, signal });
    el.addEventListener('click', onClick, { capture: true, signal });
    el.addEventListener('mousedown', onMouseDown, { capture: true, signal });
    el.addEventListener('keydown', onKey, { signal });
    return () => listening.abort();
  }, [stage]);

  return (
    <>
      {line && (
        <svg className="network-edit__line" aria-hidden="true">
          <line x1={line.x1} y1={line.y1} x2={line.x2} y2={line.y2} />
        </svg>
      )}
      <p className="visually-hidden" role="status" data-editing="ready">
        {said}
      </p>
    </>
  );
}
