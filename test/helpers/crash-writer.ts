// Child process for the crash test: ingests invented documents into the database named on the command
// line as fast as it can and prints "committed N" after each one, until it is killed.
import { SqliteStore } from '../../src/store/sqlite.js';
import { makeDoc } from './source-doc.js';

const file = process.argv[2]!;
const store = new SqliteStore(file);
for (let i = 0; i < 100000; i++) {
  // Document i has (i % 7) + 1 articles, each with one park and one quantity: the test checks the counts.
  const articles = Array.from({ length: (i % 7) + 1 }, (_, j) => ({
    title: `第${i}号页面第${j}篇`,
    paragraphs: [`星河${j}号产业园今年新增企业${i + j}家，园区发展势头良好。`.repeat(20)],
  }));
  const doc = makeDoc({
    name: `crash-${i}.txt`,
    articles,
    parks: articles.map((_, j) => ({ name: `星河${j}号产业园`, type: 'industrial-park' as const })),
    quantities: articles.map((_, j) => ({ surface: `${i + j}家`, value: i + j, unit: '家', subject: `星河${j}号产业园`, after: `第${i}号页面第${j}篇` })),
  });
  await store.ingest(doc);
  process.stdout.write(`committed ${i}\n`);
}
