// POST /api/documents?name=: ingest an uploaded page (raw body). Off unless a token is configured; then it
// needs `Authorization: Bearer <token>`. The body limit answers 413 E_TOO_LARGE.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { RouteOptions } from '../app.js';
import { errorResponses, errorSchema } from '../schemas.js';

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
