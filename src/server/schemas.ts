// JSON schemas shared by the routes: request validation, response serialisation and the OpenAPI document
// all come from these, so the API's description cannot drift from what it does.

const nullable = (type: string | string[]) => ({ type: [...(Array.isArray(type) ? type : [type]), 'null'] });

export const spanSchema = {
  type: 'object',
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
  required: ['start', 'end'],
} as const;

export const evidenceSchema = {
  type: 'object',
  description: 'Where the fact was read: the sentence that states it and its offsets (raw page, repaired page, article text).',
  properties: {
    documentId: { type: 'string' },
    articleId: nullable('string'),
    articleTitle: nullable('string'),
    quote: { type: 'string' },
    span: spanSchema,
    textSpan: spanSchema,
    // type: [object, null] rather than anyOf: fast-json-stringify would run a validator for every anyOf value.
    articleTextSpan: { ...spanSchema, type: ['object', 'null'] },
  },
  required: ['documentId', 'articleId', 'quote', 'span', 'textSpan', 'articleTextSpan'],
} as const;

export const entityRefSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'name'],
} as const;

export const parkTypeSchema = {
  type: 'string',
  enum: ['high-tech-zone', 'economic-development-zone', 'industrial-park', 'science-park', 'demonstration-zone', 'bonded-zone', 'pilot-base', 'new-area', 'valley', 'other'],
} as const;

export const parkSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'array', items: { type: 'string' } },
    type: { type: 'string' },
    province: nullable('string'),
    city: nullable('string'),
    articleCount: { type: 'integer' },
    quantityCount: { type: 'integer' },
  },
  required: ['id', 'name', 'aliases', 'type', 'province', 'city', 'articleCount', 'quantityCount'],
} as const;

export const quantitySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    value: { type: 'number' },
    unit: { type: 'string' },
    qualifier: { type: 'string' },
    surface: { type: 'string' },
    subject: nullable('string'),
    attribute: nullable('string'),
    period: nullable('string'),
    evidence: evidenceSchema,
  },
  required: ['id', 'value', 'unit', 'qualifier', 'surface', 'attribute', 'period', 'evidence'],
} as const;

export const projectSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    stage: nullable('string'),
    date: nullable('string'),
    organizations: { type: 'array', items: { type: 'string' } },
    evidence: evidenceSchema,
  },
  required: ['id', 'name', 'stage', 'evidence'],
} as const;

export const policySchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, issuer: nullable('string'), year: nullable('string'), evidence: evidenceSchema },
  required: ['id', 'name', 'evidence'],
} as const;

export const incentiveSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    park: { ...entityRefSchema, type: ['object', 'null'] },
    policy: nullable('string'),
    condition: nullable('string'),
    benefit: { type: 'string' },
    rate: nullable('string'),
    ratePercent: nullable('number'),
    capCNY: nullable('number'),
    amountCNY: nullable('number'),
    text: { type: 'string' },
    evidence: evidenceSchema,
  },
  required: ['id', 'park', 'benefit', 'text', 'evidence'],
} as const;

export const articleRefSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, title: nullable('string'), documentId: { type: 'string' }, date: nullable('string') },
  required: ['id', 'title', 'documentId', 'date'],
} as const;

export const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, subject: nullable('string') },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
} as const;

export const idParams = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const;

export const pageQuery = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
  offset: { type: 'integer', minimum: 0, maximum: 1000000, default: 0 },
} as const;

/** Error responses every route may give. */
export const errorResponses = { 400: errorSchema, 404: errorSchema, 500: errorSchema } as const;

export function pageOf(item: object) {
  return {
    type: 'object',
    properties: { total: { type: 'integer' }, items: { type: 'array', items: item } },
    required: ['total', 'items'],
  } as const;
}

export { nullable };
