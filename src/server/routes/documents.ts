// GET /api/documents(/:id): the stored pages with their diagnostics. POST /api/documents?name=: ingest an
// uploaded page (raw body); off unless a token is configured, then it needs `Authorization: Bearer <token>`;
// the body limit answers 413 E_TOO_LARGE.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { RouteOptions } from '../app.js';
import { articleRefSchema, errorResponses, errorSchema, idParams, nullable } from '../schemas.js';

const ingestResultSchema = {
  type: 'object',
  properties: {
    documentId: { type: 'string' },
    status: { type: 'string', enum: ['added', 'unchanged', 'replaced'] },
    articles: { type: 'integer' },
  },
  required: ['documentId', 'status', 'articles'],
} as const;

function authorised(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const m = /^Bearer\s+(.+)$/i.exec(header);
  if (!m) return false;
  const given = Buffer.from(m[1]!.trim());
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export default async function documentRoutes(app: FastifyInstance, { store, token, maxUploadBytes }: RouteOptions) {
  // In this plugin's scope every body is raw bytes: a page is text, HTML or Markdown in any encoding.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));

  const documentInfo = {
    id: { type: 'string' },
    name: { type: 'string' },
    path: { type: 'string' },
    sha256: { type: 'string' },
    date: nullable('string'),
    articleCount: { type: 'integer' },
  } as const;
  const span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } as const;

  app.get('/api/documents', {
    schema: {
      summary: 'The stored pages',
      response: { 200: { type: 'array', items: { type: 'object', properties: documentInfo, required: Object.keys(documentInfo) } }, ...errorResponses },
    },
    handler: () => store.listDocuments(),
  });

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    schema: {
      summary: "One stored page: its articles and the reader's diagnostics",
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            ...documentInfo,
            articles: { type: 'array', items: articleRefSchema },
            diagnostics: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  severity: { type: 'string' }, ruleId: { type: 'string' }, source: { type: 'string' }, reason: { type: 'string' }, place: span,
                  dropped: { type: 'string' },
                },
                required: ['severity', 'ruleId', 'source', 'reason'],
              },
            },
          },
          required: [...Object.keys(documentInfo), 'articles', 'diagnostics'],
        },
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const doc = await store.getDocument(request.params.id);
      if (!doc) throw new ParkLensError('E_NOT_FOUND', `no document with id ${request.params.id}`, { subject: request.params.id });
      return doc;
    },
  });

  app.post<{ Querystring: { name: string; date?: string } }>('/api/documents', {
    bodyLimit: maxUploadBytes,
    schema: {
      summary: 'Ingest one page (raw body); needs the server token',
      querystring: {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^/\\\\]+$' },
          date: { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' },
        },
        required: ['name'],
        additionalProperties: false,
      },
      response: {
        200: ingestResultSchema,
        201: ingestResultSchema,
        401: errorSchema,
        403: errorSchema,
        413: errorSchema,
        415: errorSchema,
        422: errorSchema,
        ...errorResponses,
      },
    },
    // Authorisation runs before the body is read, so an unauthorised upload costs nothing.
    onRequest: async (request) => {
      if (!token) throw new ParkLensError('E_FORBIDDEN', 'uploads are off: start the server with --token or PARKLENS_TOKEN to allow them');
      if (!authorised(request, token)) throw new ParkLensError('E_UNAUTHORIZED', 'a valid bearer token is required');
    },
    handler: async (request, reply) => {
      const body = request.body;
      if (!Buffer.isBuffer(body) || body.length === 0) throw new ParkLensError('E_EMPTY', 'the request body is empty', { subject: request.query.name });
      // Loaded on first upload: a read-only server never needs the extractor.
      const { extractBytes } = await import('../../extract.js');
      const doc = extractBytes(new Uint8Array(body), { name: request.query.name, path: `upload/${request.query.name}`, date: request.query.date });
      const result = await store.ingest(doc);
      reply.code(result.status === 'unchanged' ? 200 : 201);
      return { documentId: result.documentId, status: result.status, articles: result.articles };
    },
  });
}
