// A readable Markdown rendering of an extracted document (`parklens extract --format md`).
import type { SourceDoc } from '../types.js';

export function renderMarkdown(doc: SourceDoc): string {
  const out: string[] = [`# ${doc.source.name}`, ''];
  const pub = doc.publication;
  out.push(`- 来源: ${doc.source.format}, ${doc.source.encoding}${doc.source.traditional ? ', 繁体→简体' : ''}`);
  out.push(`- 出版: ${pub.name ?? '—'} ${pub.date ?? pub.month ?? '日期未知'} (${pub.basis})`, '');
  doc.articles.forEach((a, i) => {
    out.push(`## ${i + 1}. ${a.title ?? '(无标题)'}${a.subtitle ? ` — ${a.subtitle}` : ''}`);
    if (a.kicker) out.push(`*${a.kicker}*`);
    if (a.column) out.push(`栏目: ${a.column}`);
    const b = a.byline;
    const by = [
      b.reporters.length ? `记者 ${b.reporters.join('、')}` : '',
      b.correspondents.length ? `通讯员 ${b.correspondents.join('、')}` : '',
      b.authors.length ? `作者 ${b.authors.join('、')}` : '',
      b.photographers.length ? `摄影 ${b.photographers.join('、')}` : '',
    ].filter(Boolean);
    if (by.length) out.push(`> ${by.join('  ')}`);
    out.push('');
    for (const p of a.paragraphs) out.push(p.kind === 'subhead' ? `### ${p.text}` : p.text, '');
    for (const c of a.captions) out.push(`*图: ${c.text}*`, '');
    for (const q of a.pullQuotes) out.push(`> ${q.text}`, '');
  });
  const section = (title: string, rows: string[]) => {
    if (rows.length) out.push(`## ${title}`, '', ...rows.map((r) => `- ${r}`), '');
  };
  section('园区', doc.parks.map((p) => `${p.name}${p.aliases.length ? `（${p.aliases.join('、')}）` : ''} — ${p.type}, ${[p.province, p.city].filter(Boolean).join(' ') || '位置未知'}`));
  section('机构', doc.organizations.map((o) => `${o.name}${o.aliases.length ? `（${o.aliases.join('、')}）` : ''} — ${o.kind}`));
  section('人物', doc.people.map((p) => [p.name, p.org, p.title].filter(Boolean).join(' · ')));
  section('数量', doc.quantities.map((q) => `${q.subject ?? '?'} ${q.attribute ?? ''} ${q.qualifier} ${q.value} ${q.unit}${q.period ? ` (${q.period})` : ''} — 「${q.surface}」`));
  section('项目', doc.projects.map((p) => `${p.name}${p.stage ? ` [${p.stage}]` : ''}${p.park ? ` @${p.park}` : ''}`));
  section('政策', doc.policies.map((p) => `${p.name}${p.issuer ? ` — ${p.issuer}` : ''}${p.year ? ` (${p.year})` : ''}`));
  section('激励条款', doc.incentives.map((c) => `${c.park ?? ''} ${c.condition ? `条件: ${c.condition}; ` : ''}${c.benefit}${c.rate ? ` 比例 ${c.rate}` : ''}${c.capCNY ? ` 上限 ${c.capCNY} 元` : ''}`));
  return out.join('\n');
}
