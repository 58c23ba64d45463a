// GET /api/search: full-text search over articles with filters; snippets are plain text plus highlight offsets.
import type { FastifyInstance } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { SearchQuery } from '../../store/store.js';
import type { RouteOptions } from '../app.js';
import { entityRefSchema, errorResponses, nullable, pageQuery, parkTypeSchema, spanSchema } from '../schemas.js';

export const searchHitSchema = {
  type: 'object',
  properties: {
    articleId: { type: 'string' },
    documentId: { type: 'string' },
    title: nullable('string'),
    date: nullable('string'),
    snippet: { type: 'string' },
    highlights: { type: 'array', items: spanSchema },
    parks: { type: 'array', items: entityRefSchema },
  },
  required: ['articleId', 'documentId', 'title', 'date', 'snippet', 'highlights', 'parks'],
} as const;

export default async function searchRoutes(app: FastifyInstance, { store, searchPool }: RouteOptions) {
  app.get<{ Querystring: SearchQuery }>('/api/search', {
    schema: {
      summary: 'Search articles (words and substrings), ranked, filtered by province, park type, industry word and year',
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', maxLength: 200 },
          province: { type: 'string', maxLength: 20 },
          type: parkTypeSchema,
          industry: { type: 'string', maxLength: 50 },
          year: { type: 'integer', minimum: 1900, maximum: 2100 },
          ...pageQuery,
        },
        additionalProperties: false,
      },
      response: {
        200: {
          type: 'object',
          properties: { total: { type: 'integer' }, totalCapped: { type: 'boolean' }, items: { type: 'array', items: searchHitSchema } },
          required: ['total', 'totalCapped', 'items'],
        },
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      const q = request.query;
      if (!q.q?.trim() && !q.industry?.trim() && !q.province && !q.type && q.year === undefined) {
        throw new ParkLensError('E_USAGE', 'give q or at least one filter (province, type, industry, year)', { subject: 'q' });
      }
      // A search thread answers with the page's JSON text, sent as it is (the schema above describes it).
      if (searchPool) return reply.type('application/json; charset=utf-8').send(await searchPool.search(q));
      return store.search(q);
    },
  });
}
