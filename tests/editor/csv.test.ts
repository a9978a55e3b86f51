import { describe, expect, it } from 'vitest';
import { addActorsFromCsv, addRelationsFromCsv } from '../../src/editor/csv';
import { blankScenario } from '../../src/editor/edits';
import { checkDraft } from '../../src/editor/problems';

const draft = () => blankScenario('csv-test');

describe('actors from a spreadsheet', () => {
  it('matches columns by header in any order and case, and adds each row as an actor with their view to write', () => {
    const csv = 'Kind,NAME,Role,Short name\ngovernment,North Town Council,Runs the north harbour,North\nperson,Dana Delta,"Speaks for the ferry crews, mostly",Dana\n';
    const { doc, report } = addActorsFromCsv(draft(), csv);
    expect(report).toEqual({ added: 2, rejected: [], unknownColumns: [], problems: [] });
    expect(doc.actors.slice(1).map((a) => [a.id, a.name, a.label, a.kind, a.role.text])).toEqual([
      ['north-town-council', 'North Town Council', 'North', 'government', 'Runs the north harbour'],
      ['dana-delta', 'Dana Delta', 'Dana', 'person', 'Speaks for the ferry crews, mostly'],
    ]);
    // What is left to write shows as problems, never as a refusal.
    const checked = checkDraft(doc);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.some((p) => p.path === 'actors[1].view.headline.text')).toBe(true);
  });

  it('names every rejected row with its line, and every column it does not know', () => {
    const csv = ['name,kind,colour,notes', 'Ana,person,red,x', ',person,blue,y', 'Bo,army,,', 'ana,person,,', 'Cy,,,'].join('\n');
    const { doc, report } = addActorsFromCsv(draft(), csv);
    expect(report.added).toBe(2);
    expect(report.unknownColumns).toEqual(['colour', 'notes']);
    expect(report.rejected).toEqual(['line 3: no name', 'line 4: kind \u201carmy\u201d is not one of person, government, bloc', 'line 5: \u201cana\u201d is already in line 2']);
    expect(doc.actors.map((a) => a.name)).toEqual(['Example actor', 'Ana', 'Cy']);
  });

  it('says what the header lacks, and adds nothing', () => {
    const { doc, report } = addActorsFromCsv(draft(), 'who,kind\nAna,person\n');
    expect(report.added).toBe(0);
    expect(report.problems).toEqual(['no "name" column: the header row needs one (other columns it knows: short name, kind, role, id)']);
    expect(doc).toEqual(draft());
    expect(addActorsFromCsv(draft(), '').report.problems).toEqual(['the file is empty: it needs a header row, then one row per item']);
  });
});

describe('relations from a spreadsheet', () => {
  const withActors = () => addActorsFromCsv(draft(), 'name,short name\nAna Arch,Ana\nBo Bell,Bo\n').doc;

  it('links actors named by name or id, with type, label and direction', () => {
    const csv = 'from,to,type,label,one way\nAna Arch,bo-bell,supports,Backs the plan,yes\nbo-bell,ana arch,,Talks,no\n';
    const { doc, report } = addRelationsFromCsv(withActors(), csv);
    expect(report).toEqual({ added: 2, rejected: [], unknownColumns: [], problems: [] });
    expect(doc.relations.map((r) => [r.id, r.source, r.target, r.type, r.label, r.directed])).toEqual([
      ['ana-arch-bo-bell', 'ana-arch', 'bo-bell', 'supports', 'Backs the plan', true],
      ['bo-bell-ana-arch', 'bo-bell', 'ana-arch', 'negotiates', 'Talks', false],
    ]);
  });

  it('names every row it cannot use, with its line', () => {
    const csv = ['source,target,type,weight', 'Ana Arch,Nobody,,', 'Ana Arch,Ana Arch,,', 'Ana Arch,Bo Bell,hates,', 'Ana Arch,,,', 'Ana Arch,Bo Bell,opposes,3'].join('\n');
    const { report } = addRelationsFromCsv(withActors(), csv);
    expect(report.added).toBe(1);
    expect(report.unknownColumns).toEqual(['weight']);
    expect(report.rejected).toEqual([
      'line 2: no actor \u201cNobody\u201d',
      'line 3: both ends are the same actor',
      'line 4: type \u201chates\u201d is not one of represents, negotiates, supports, opposes, strains',
      'line 5: it needs both ends',
    ]);
  });

  it('says which end columns are missing', () => {
    expect(addRelationsFromCsv(withActors(), 'from,type\nAna Arch,supports\n').report.problems).toEqual([
      'no "to" column: the header row needs "from" and "to" (or "source" and "target")',
    ]);
  });
});
