// inferPublicationDate: the caller's date, a printed page date, or the text's own dates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapseSpacedCharacters } from '../../src/reader/collapseSpacedCharacters.js';
import { dropPageFurniture } from '../../src/reader/dropPageFurniture.js';
import { inferFromText, inferPublicationDate, PUBLICATION_DATE } from '../../src/reader/inferPublicationDate.js';
import { splitLines } from '../../src/reader/splitLines.js';
import { undoubleBoldRuns } from '../../src/reader/undoubleBoldRuns.js';
import type { Stage } from '../../src/stage.js';
import type { SourceDoc } from '../../src/types.js';
import { checkFixture, describe, docOf, fixtureNames, runStages } from './reader-fixtures.js';

// Stand-in for reflow and segmentation: the repaired text is the kept lines, one a line.
const joinLines: Stage = {
  name: 'joinLines',
  requires: ['lines'],
  assigns: ['text', 'articles'],
  run(doc: SourceDoc) {
    const kept = doc.lines.filter((l) => l.text.trim());
    const text = kept.map((l) => l.text).join('\n');
    const textMap = new Int32Array(text.length);
    let at = 0;
    kept.forEach((l, k) => {
      if (k > 0) textMap[at++] = l.map[0]!;
      textMap.set(l.map, at);
      at += l.map.length;
    });
    return { ...doc, text, textMap };
  },
};
const stages = [splitLines, collapseSpacedCharacters, undoubleBoldRuns, dropPageFurniture, joinLines, inferPublicationDate];

for (const name of fixtureNames('date')) {
  test(`fixture ${name}`, () =>
    checkFixture(name, (raw, file) => {
      const doc = runStages(docOf(raw, file), stages);
      return { publication: doc.publication, messages: describe(raw, doc.messages, [PUBLICATION_DATE]) };
    }));
}

test('the caller\'s date wins', () => {
  const doc = runStages(docOf('记者6月3日获悉，2024年园区营收增长。'), stages, { date: '2022-01-15' });
  assert.deepEqual(doc.publication, { name: null, month: '2022-01', date: '2022-01-15', basis: 'explicit' });
});

test('month from the latest date without a year, year from the latest year stated as fact', () => {
  assert.equal(inferFromText('2023年园区营收增长。记者5月12日获悉，4月初开工的项目进展顺利。').month, '2023-05');
});

test('future years are ignored and a dated fact pushes the year forward', () => {
  assert.equal(inferFromText('到2030年将建成新城。2022年园区营收增长。9月1日，记者走进园区。').month, '2022-09');
  assert.equal(inferFromText('截至2022年底，园区已有企业500家。3月5日，记者走进园区。').month, '2023-03');
});

test('a year naming an event counts as a stated year; a count does not', () => {
  assert.equal(inferFromText('截至去年底已有企业多家。4月7日，2021园区创新大赛在此举行。').month, '2021-04');
  assert.equal(inferFromText('2019年园区成立。园区占地2050亩。4月7日，记者走进园区。').month, '2019-04');
});

test('the turn of the year: January dates are later than December ones', () => {
  assert.equal(inferFromText('2024年首批项目开工。12月30日举行总结会；1月3日，记者获悉……').month, '2024-01');
});

test('no year, no month', () => {
  const decision = inferFromText('记者6月3日获悉，园区新增企业多家。');
  assert.equal(decision.month, null);
});

test('the paper name comes from a dateline, never from "本报"', () => {
  const named = runStages(docOf('滨江日报讯（记者赵明）2024年6月3日，园区开园。'), stages);
  assert.equal(named.publication.name, '滨江日报');
  const wired = runStages(docOf('滨江晚报东湖6月3日电 园区开园。2024年园区营收增长。'), stages);
  assert.equal(wired.publication.name, '滨江晚报');
  assert.equal(wired.publication.month, '2024-06');
  const unnamed = runStages(docOf('本报讯（记者赵明）2024年6月3日，园区开园。'), stages);
  assert.equal(unnamed.publication.name, null);
});

test('traditional-script pages: datelines, reporting dates and future markers', () => {
  const doc = runStages(docOf('濱江日報訊（記者趙明）記者6月3日獲悉，預計2030年建成。2024年園區營收增長。'), stages);
  assert.equal(doc.publication.name, '濱江日報');
  assert.equal(doc.publication.month, '2024-06');
});

test('a malformed caller date is reported and the text decides', () => {
  const doc = runStages(docOf('2024年园区营收增长。记者6月3日获悉，新项目开工。'), stages, { date: 'June 2024' });
  assert.equal(doc.publication.month, '2024-06');
  assert.equal(doc.publication.basis, 'inferred');
  assert.ok(doc.messages.some((m) => m.ruleId === PUBLICATION_DATE && m.severity === 'warning'));
});

test('a date announced for an event is not evidence of the past', () => {
  assert.equal(inferFromText('2024年园区营收增长。记者5月12日获悉，6月18日，首届园区大会将在此开幕。').month, '2024-05');
  assert.equal(inferFromText('2024年园区营收增长。5月12日，记者走进园区，新项目将在年底投产。').month, '2024-05');
});

test('Taiwan calendar years count when they cannot be a count of years', () => {
  assert.equal(inferFromText('管理局於110年3月5日舉辦說明會，吸引廠商到場。').month, '2021-03');
  assert.equal(inferFromText('民國111年園區營業額再創新高。管理局於今年6月公布數據。').month, '2022-06');
  // a bare "100年" is a hundred years, not the year 2011
  assert.equal(inferFromText('这家企业已有100年历史。').month, null);
});

test('"今年1月" before a later dated fact of the same year gives that fact\'s month, not next year', () => {
  assert.equal(inferFromText('该园区于今年1月通过环评。2022年3月8日，园区举办招商说明会。').month, '2022-03');
});
