import { describe, expect, it } from 'vitest';
import { describeOrigin, entryOrigin, entryState, linkHost, originKey, sameOrigin, searchWithOrigin } from '../../src/store/origin';

const BASE = 'https://school.example/standpoint/';

describe('history entries and where a scenario came from', () => {
  it('reads back the origin an entry was written with', () => {
    const origin = { kind: 'file', name: 'a.json', key: 'k1' } as const;
    expect(entryOrigin(entryState(origin), '')).toEqual(origin);
    expect(entryOrigin(entryState({ kind: 'url', url: 'x.json' }), '?scenario=other.json')).toEqual({ kind: 'url', url: 'x.json' });
  });

  it('falls back to the address for an entry it did not write, or one with a state of another shape', () => {
    expect(entryOrigin(null, '?scenario=scenarios/a.json&actor=ana')).toEqual({ kind: 'url', url: 'scenarios/a.json' });
    expect(entryOrigin(null, '?actor=putin')).toEqual({ kind: 'builtin' });
    expect(entryOrigin({ standpoint: { origin: { kind: 'url', url: 42 } } }, '')).toEqual({ kind: 'builtin' });
    expect(entryOrigin({ standpoint: { origin: { kind: 'file', name: 'a.json' } } }, '?scenario=b.json')).toEqual({ kind: 'url', url: 'b.json' });
    expect(entryOrigin('junk', '')).toEqual({ kind: 'builtin' });
  });

  it('tells two files of one name apart, and links by address', () => {
    expect(sameOrigin({ kind: 'file', name: 'a.json', key: '1' }, { kind: 'file', name: 'a.json', key: '2' })).toBe(false);
    expect(sameOrigin({ kind: 'url', url: 'a.json' }, { kind: 'url', url: 'a.json' })).toBe(true);
    expect(sameOrigin({ kind: 'url', url: 'a.json' }, { kind: 'builtin' })).toBe(false);
    expect(sameOrigin({ kind: 'builtin' }, { kind: 'builtin' })).toBe(true);
    expect(originKey({ kind: 'file', name: 'a.json', key: '1' })).not.toBe(originKey({ kind: 'file', name: 'a.json', key: '2' }));
  });

  it('puts a link in the address, and takes it out for a file or the built-in scenario', () => {
    expect(searchWithOrigin('?actor=putin', { kind: 'url', url: 'a.json' })).toBe('?actor=putin&scenario=a.json');
    expect(searchWithOrigin('?scenario=a.json&actor=ana', { kind: 'builtin' })).toBe('?actor=ana');
    expect(searchWithOrigin('?scenario=a.json', { kind: 'file', name: 'b.json', key: '1' })).toBe('');
    expect(searchWithOrigin('?present', { kind: 'builtin' })).toBe('?present');
  });

  it('names the host a link comes from', () => {
    expect(linkHost('https://data.example.org/x.json', BASE)).toBe('data.example.org');
    expect(linkHost('scenarios/a.json', BASE)).toBe('school.example');
    expect(linkHost('http://localhost:8080/a.json', BASE)).toBe('localhost:8080');
    expect(describeOrigin({ kind: 'url', url: 'https://data.example.org/x.json' }, BASE)).toBe('From data.example.org');
    expect(describeOrigin({ kind: 'file', name: 'a.json', key: '1' }, BASE)).toBe('From the file \u201ca.json\u201d');
  });
});
