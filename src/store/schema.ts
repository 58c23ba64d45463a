// The SQLite schema as numbered migrations; `PRAGMA user_version` records how many have run, so an
// older parklens.db is brought up to date on open and a newer one is refused.

export const MIGRATIONS: string[] = [
  // 1: documents, articles, entities with their names and mentions, facts with evidence, search indexes.
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    bytes INTEGER NOT NULL,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    publication TEXT,
    date TEXT,
    year INTEGER,
    raw TEXT NOT NULL,             -- the decoded original, for the reader's original view
    article_count INTEGER NOT NULL,
    diagnostics TEXT NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    title TEXT, subtitle TEXT, kicker TEXT, column_name TEXT,
    byline TEXT NOT NULL,
    dateline TEXT,
    date TEXT,
    year INTEGER,
    text TEXT NOT NULL,            -- repaired article text, headline through last paragraph
    paragraphs TEXT NOT NULL,      -- JSON [[start, end, kind], …] into text
    captions TEXT NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL,
    raw_start INTEGER NOT NULL, raw_end INTEGER NOT NULL
  );
  CREATE INDEX articles_document ON articles(document_id);
  CREATE INDEX articles_date ON articles(date DESC);

  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,            -- park | org | person
    name TEXT NOT NULL,
    type TEXT,                     -- park type or organisation kind
    province TEXT, city TEXT,
    title TEXT, org_name TEXT, org_id TEXT,   -- people
    article_count INTEGER NOT NULL DEFAULT 0,
    quantity_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_kind ON entities(kind, article_count DESC, name);
  CREATE INDEX entities_province ON entities(kind, province);
  -- Each name an entity goes by in each document, with its resolution key (null for generic names).
  CREATE TABLE entity_names (
    entity_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    document_id TEXT NOT NULL,
    name TEXT NOT NULL,
    key TEXT,
    main INTEGER NOT NULL,
    PRIMARY KEY (entity_id, document_id, name)
  ) WITHOUT ROWID;
  CREATE INDEX entity_names_key ON entity_names(kind, key);
  CREATE INDEX entity_names_document ON entity_names(document_id);

  CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    entity_id TEXT NOT NULL, kind TEXT NOT NULL,
    document_id TEXT NOT NULL, article_id TEXT,
    text TEXT NOT NULL,
    span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL,
    art_start INTEGER, art_end INTEGER
  );
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE INDEX mentions_document ON mentions(document_id);

  -- Which parks an article is about (mentioned or given facts); drives counts and search filters.
  CREATE TABLE article_parks (
    article_rowid INTEGER NOT NULL,
    park_id TEXT NOT NULL,
    PRIMARY KEY (park_id, article_rowid)
  ) WITHOUT ROWID;
  CREATE INDEX article_parks_article ON article_parks(article_rowid);

  CREATE TABLE quantities (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL, article_id TEXT, ord INTEGER NOT NULL,
    park_id TEXT, org_id TEXT,
    subject TEXT, value REAL NOT NULL, unit TEXT NOT NULL, qualifier TEXT NOT NULL, surface TEXT NOT NULL,
    attribute TEXT, period TEXT, clause TEXT,
    quote TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL, art_start INTEGER, art_end INTEGER
  );
  CREATE INDEX quantities_park ON quantities(park_id);
  CREATE INDEX quantities_org ON quantities(org_id);
  CREATE INDEX quantities_document ON quantities(document_id);

  CREATE TABLE projects (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL, article_id TEXT, ord INTEGER NOT NULL,
    park_id TEXT, name TEXT NOT NULL, stage TEXT, date TEXT, organizations TEXT NOT NULL,
    quote TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL, art_start INTEGER, art_end INTEGER
  );
  CREATE INDEX projects_park ON projects(park_id);
  CREATE INDEX projects_document ON projects(document_id);

  CREATE TABLE policies (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL, article_id TEXT, ord INTEGER NOT NULL,
    name TEXT NOT NULL, issuer TEXT, year TEXT,
    quote TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL, art_start INTEGER, art_end INTEGER
  );
  CREATE INDEX policies_article ON policies(article_id);
  CREATE INDEX policies_document ON policies(document_id);

  CREATE TABLE incentives (
    id TEXT PRIMARY KEY, document_id TEXT NOT NULL, article_id TEXT, ord INTEGER NOT NULL,
    park_id TEXT, park_name TEXT, policy TEXT, condition TEXT, benefit TEXT NOT NULL,
    rate TEXT, rate_percent REAL, cap_cny REAL, amount_cny REAL, clause TEXT NOT NULL,
    quote TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
    text_start INTEGER NOT NULL, text_end INTEGER NOT NULL, art_start INTEGER, art_end INTEGER
  );
  CREATE INDEX incentives_park ON incentives(park_id);
  CREATE INDEX incentives_document ON incentives(document_id);

  -- Full-text indexes over title + article text, keyed by articles.rowid. Contentless: the text lives in
  -- articles; snippets are cut there. fts_words holds jieba tokens, fts_trigram raw characters.
  CREATE VIRTUAL TABLE fts_words USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61');
  CREATE VIRTUAL TABLE fts_trigram USING fts5(text, content='', contentless_delete=1, tokenize='trigram');
  `,
  // 2: people by the organisation or park their role belongs to (park profiles list them).
  `CREATE INDEX entities_org ON entities(org_id) WHERE org_id IS NOT NULL;`,
  // 3: a slim copy of the columns search filters on, so filtering FTS matches does not read article texts.
  `CREATE TABLE article_filters (rowid INTEGER PRIMARY KEY, year INTEGER);
   INSERT INTO article_filters (rowid, year) SELECT rowid, year FROM articles;`,
  // 4: article_filters also carries what lists and evidence need (id, document, title, date), so building a
  // park profile never reads article texts.
  `ALTER TABLE article_filters ADD COLUMN id TEXT;
   ALTER TABLE article_filters ADD COLUMN document_id TEXT;
   ALTER TABLE article_filters ADD COLUMN title TEXT;
   ALTER TABLE article_filters ADD COLUMN date TEXT;
   UPDATE article_filters SET (id, document_id, title, date) = (SELECT id, document_id, title, date FROM articles WHERE articles.rowid = article_filters.rowid);
   CREATE UNIQUE INDEX article_filters_id ON article_filters(id);`,
  // 5: each park's profile as the JSON text GET /api/parks/:id sends, rebuilt in the transaction of every ingest or
  // removal that changes it (the knowledge base changes only then), so a profile read is one primary-key lookup.
  // Kept as UTF-8 bytes (a BLOB): the server sends them as they are, without decoding and re-encoding ~20 KB a read.
  `CREATE TABLE park_profiles (park_id TEXT PRIMARY KEY, json BLOB NOT NULL);`,
  // 6: each article's year alone, for the search year filter: a filtered search of a common term looks up the year
  // of every match it reads (thousands), and in article_filters, whose rows carry titles and ids, each look-up costs
  // about half as much again.
  `CREATE TABLE article_years (rowid INTEGER PRIMARY KEY, year INTEGER);
   INSERT INTO article_years (rowid, year) SELECT rowid, year FROM article_filters;`,
  // 7: stored profiles hold at most 50 facts of each kind with the counts of all and a link to the next page
  // (factCounts): those stored before are built again (in the migration's transaction, see SqliteStore.migrate).
  `DELETE FROM park_profiles;`,
  // 8: both search indexes carry each article's year in a column of its own, so a year-filtered search of a common
  // term is one index query (its matches merged with the year's) instead of a year look-up for each of thousands of
  // matches. The indexes are contentless: SqliteStore.migrate fills them again from the articles.
  `DROP TABLE fts_words;
   DROP TABLE fts_trigram;
   CREATE VIRTUAL TABLE fts_words USING fts5(tokens, year, content='', contentless_delete=1, tokenize='unicode61');
   CREATE VIRTUAL TABLE fts_trigram USING fts5(text, year, content='', contentless_delete=1, tokenize='trigram');`,
];
