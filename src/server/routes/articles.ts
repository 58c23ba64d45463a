// GET /api/articles/:id: the repaired article text with paragraphs and mentions, and the raw original slice.
import type { FastifyInstance } from 'fastify';
import { ParkLensError } from '../../errors.js';
import type { RouteOptions } from '../app.js';
import { errorResponses, idParams, nullable } from '../schemas.js';

const names = { type: 'array', items: { type: 'string' } } as const;

export default async function articleRoutes(app: FastifyInstance, { store }: RouteOptions) {
  app.get<{ Params: { id: string } }>('/api/articles/:id', {
    schema: {
      summary: 'One article: repaired text, paragraphs and mentions (offsets into text) and the original raw slice',
      params: idParams,
      response: {
        200: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            documentId: { type: 'string' },
            title: nullable('string'),
            subtitle: nullable('string'),
            kicker: nullable('string'),
            column: nullable('string'),
            byline: {
              type: 'object',
              properties: { reporters: names, correspondents: names, photographers: names, authors: names },
            },
            date: nullable('string'),
            text: { type: 'string' },
            paragraphs: {
              type: 'array',
              items: {
                type: 'object',
                properties: { text: { type: 'string' }, kind: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
                required: ['text', 'kind', 'start', 'end'],
              },
            },
            mentions: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  kind: { type: 'string', enum: ['park', 'org', 'person'] },
                  entityId: { type: 'string' },
                  text: { type: 'string' },
                  start: { type: 'integer' },
                  end: { type: 'integer' },
                },
                required: ['kind', 'entityId', 'text', 'start', 'end'],
              },
            },
            original: {
              type: 'object',
              properties: { text: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
              required: ['text', 'start', 'end'],
            },
          },
          required: ['id', 'documentId', 'title', 'text', 'paragraphs', 'mentions', 'original'],
        },
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const article = await store.getArticle(request.params.id);
      if (!article) throw new ParkLensError('E_NOT_FOUND', `no article with id ${request.params.id}`, { subject: request.params.id });
      return article;
    },
  });
}
