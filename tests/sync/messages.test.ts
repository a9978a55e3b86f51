import { describe, expect, it } from 'vitest';
import { parseChannelMessage } from '../../src/sync/messages';

const view = { focus: { kind: 'actor', id: 'putin', compare: 'zelenskyy' }, step: 3, presenting: true, predict: true, revealed: ['putin'] };

describe('parseChannelMessage', () => {
  it('accepts the two messages the windows send', () => {
    expect(parseChannelMessage({ type: 'hello', audience: true })).toEqual({ type: 'hello', audience: true });
    expect(parseChannelMessage({ type: 'view', view, blank: false })).toEqual({ type: 'view', view, blank: false });
    expect(parseChannelMessage({ type: 'view', view: { ...view, focus: { kind: 'event' }, step: null }, blank: true })).not.toBeNull();
  });

  it.each([
    ['a view message without a view', { type: 'view', blank: false }],
    ['a malformed revealed list', { type: 'view', view: { ...view, revealed: 'putin' }, blank: false }],
    ['revealed ids that are not strings', { type: 'view', view: { ...view, revealed: [{}] }, blank: false }],
    ['an unknown focus', { type: 'view', view: { ...view, focus: { kind: 'takeover' } }, blank: false }],
    ['a negative step', { type: 'view', view: { ...view, step: -1 }, blank: false }],
    ['a fractional step', { type: 'view', view: { ...view, step: 1.5 }, blank: false }],
    ['an over-long actor id', { type: 'view', view: { ...view, focus: { kind: 'actor', id: 'x'.repeat(65) } }, blank: false }],
    ['an extra key', { type: 'hello', audience: true, script: 'alert(1)' }],
    ['an unknown type', { type: 'blank' }],
    ['blank as a string', { type: 'view', view, blank: 'yes' }],
    ['null', null],
    ['a string', 'view'],
  ])('drops %s', (_name, data) => {
    expect(parseChannelMessage(data)).toBeNull();
  });
});

describe('the class session on the projector', () => {
  const projection = {
    code: 'K7QM4PXR',
    link: 'http://192.168.1.20:5173/?join=K7QM4PXR',
    joined: 3,
    answered: 2,
    tally: { '1': 2 },
    stage: { view: { focus: { kind: 'event' }, step: null }, follow: true, question: null, revealed: false, tally: null, shown: ['An answer'], ended: false },
  };

  it('accepts what the class console sends, and its end', () => {
    expect(parseChannelMessage({ type: 'class', projection })).toEqual({ type: 'class', projection });
    expect(parseChannelMessage({ type: 'class', projection: null })).toEqual({ type: 'class', projection: null });
  });

  it('drops a link that is not http(s), a code that is not one, and unknown keys', () => {
    expect(parseChannelMessage({ type: 'class', projection: { ...projection, link: 'javascript:alert(1)' } })).toBeNull();
    expect(parseChannelMessage({ type: 'class', projection: { ...projection, code: '<b>' } })).toBeNull();
    expect(parseChannelMessage({ type: 'class', projection: { ...projection, extra: 1 } })).toBeNull();
  });
});
