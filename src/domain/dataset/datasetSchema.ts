import { z } from 'zod';
import { isHttpUrl } from '../articles/isHttpUrl.ts';
import { CAMEO_CODE_PATTERN } from '../relations/quadClass.ts';
import { RELATION_KIND_IDS, STANCES } from '../relations/relationKinds.ts';
import {
  CONFIDENCES,
  ENTITY_KINDS,
  FORMAT_VERSION,
  IMPORT_FORMATS,
  ISO_DATE_PATTERN,
  MODALITIES,
  RELIABILITY_GRADES,
  isCalendarDate,
  isLanguageTag,
} from './datasetVocabulary.ts';

// Zod compiles schemas with `new Function` unless told not to; the app's
// Content-Security-Policy forbids eval, so validate without it. (The fast check is
// ajv's code, compiled ahead of time: every refinement below names the `format` of
// datasetFormats.ts that repeats it there, or generating that code fails.)
z.config({ jitless: true });

// The format's words live apart, without zod, for the code that runs before any
// dataset is checked; they are part of this module's answer too.
export {
  CONFIDENCES,
  ENTITY_KINDS,
  FORMAT_VERSION,
  IMPORT_FORMATS,
  MODALITIES,
  RELIABILITY_GRADES,
  isCalendarDate,
  isLanguageTag,
  type EntityKind,
  type ImportFormat,
  type Modality,
  type Reliability,
} from './datasetVocabulary.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(
    ID_PATTERN,
    'must be lower-case letters and digits joined by hyphens, e.g. "sergey-lavrov"',
  )
  .meta({
    description: 'A stable identifier, also used in links: lower-case words joined by hyphens.',
  });

export const languageTagSchema = z
  .string()
  .refine(
    isLanguageTag,
    'must be a BCP 47 language tag in canonical form, such as "en", "tr" or "en-GB"',
  )
  .meta({
    description: 'A BCP 47 language tag, such as "en", "tr" or "ko-Latn".',
    format: 'language-tag',
  });

const tagKeys = (record: Record<string, unknown>, ctx: z.RefinementCtx) => {
  for (const key of Object.keys(record)) {
    if (!isLanguageTag(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: `"${key}" is not a BCP 47 language tag`,
      });
    }
  }
};

/** Text in several languages, keyed by language tag; English is required as the fallback. */
export const localizedTextSchema = z
  .object({ en: z.string().trim().min(1) })
  .catchall(z.string().trim().min(1))
  .superRefine(tagKeys)
  .meta({
    description: 'Text by language tag; "en" is required, others (such as "tr") optional.',
    propertyNames: { format: 'language-tag' },
  });

const localizedListSchema = z
  .record(z.string(), z.array(z.string().trim().min(1)))
  .superRefine(tagKeys)
  .meta({
    description: 'Lists of alternative names by language tag.',
    propertyNames: { format: 'language-tag' },
  });

/** A calendar date whose precision is the number of its parts: `2024`, `2024-06` or `2024-06-19`. */
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE_PATTERN, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a calendar date')
  .meta({
    description: 'YYYY, YYYY-MM or YYYY-MM-DD; the precision follows from the form.',
    format: 'calendar-date',
  });

/**
 * A date as the source gives it. `date` is null when the source gives none; `asStated`
 * quotes the source's own words for the time ("geçtiğimiz günlerde") and must occur in
 * one of the item's excerpts.
 */
export const dateClaimSchema = z
  .strictObject({
    date: isoDateSchema.nullable(),
    asStated: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The source's own words for the time, quoted from an excerpt." }),
  })
  .meta({ description: 'A date with its precision; null when the source gives none.' });

export const httpUrlSchema = z
  .string()
  .refine(isHttpUrl, 'must be an absolute http(s) URL')
  .meta({ description: 'An absolute http or https URL.', format: 'http-url' });

/**
 * The words around a quote in its paragraph: with the quote as `exact`, a W3C Web
 * Annotation TextQuoteSelector, so an excerpt can be found again after its article's
 * text is corrected.
 */
export const quoteContextSchema = z
  .strictObject({
    prefix: z.string().meta({ description: 'The text just before the quote in its paragraph.' }),
    suffix: z.string().meta({ description: 'The text just after the quote in its paragraph.' }),
  })
  .meta({
    description:
      'With the quote as "exact", a W3C TextQuoteSelector: the words before and after the quote, to find it again if the text is corrected.',
  });

/** NATO Admiralty scale: how credible a piece of information is, 1 (confirmed) to 6 (cannot be judged). */
export const credibilitySchema = z.int().min(1).max(6).meta({
  description:
    'Information credibility on the NATO Admiralty scale: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be judged.',
});

/** NATO Admiralty scale: how reliable a source is, A (completely reliable) to F (cannot be judged). */
export const reliabilitySchema = z.enum(RELIABILITY_GRADES).meta({
  description:
    'Source reliability on the NATO Admiralty scale: A completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable, F cannot be judged.',
});

export const evidenceSchema = z
  .strictObject({
    article: idSchema.meta({ description: 'The id of the article quoted.' }),
    paragraph: z
      .int()
      .min(1)
      .meta({ description: "The paragraph's number in the article, counting from 1." }),
    offset: z.int().min(0).meta({
      description:
        'Where the quote starts in its paragraph, in UTF-16 code units from 0 (as JavaScript counts); needed because the same words can occur twice.',
    }),
    quote: z
      .string()
      .min(1)
      .meta({ description: 'The exact words of the article, character for character.' }),
    modality: z.enum(MODALITIES).meta({
      description: '"stated" when the source asserts the claim, "hedged" when it only suggests it.',
    }),
    cue: z.string().min(1).optional().meta({
      description:
        'For a hedged claim, the words of the quote that hedge it ("değerlendirilebilir").',
    }),
    gloss: localizedTextSchema.optional().meta({
      description:
        "The editors' translation of the quote; required when the article is not in English. Never replaces the original.",
    }),
    selector: quoteContextSchema.optional(),
    credibility: credibilitySchema.optional(),
  })
  .meta({ description: 'A verbatim excerpt of an article that supports an entity or relation.' });

const locatorOffset = z.int().min(-1).optional();

export const citationSchema = z
  .strictObject({
    article: idSchema.meta({
      description:
        'The id of the article cited: one with a URL or an identifier, whose text may be unknown.',
    }),
    locator: z
      .strictObject({
        sentence: z.int().min(1).optional().meta({
          description: 'The sentence of the article the coder read, counting from 1.',
        }),
        actor1Offset: locatorOffset,
        actor2Offset: locatorOffset,
        actionOffset: locatorOffset,
        confidence: z.int().min(0).max(100).optional().meta({
          description: "The coder's confidence in the extraction, 0–100 (GDELT's Confidence).",
        }),
        documentLength: z.int().min(0).optional(),
      })
      .optional()
      .meta({
        description:
          "Where in the article the coded event was read. Character offsets count the coder's processed text (for a translated article, its translation); -1 means not located. A help to find the sentence, never an excerpt.",
      }),
    source: z
      .strictObject({
        format: z.enum(IMPORT_FORMATS),
        file: z
          .string()
          .min(1)
          .nullable()
          .meta({ description: 'The file name; null when unknown.' }),
        row: z.int().min(1).optional().meta({
          description:
            'The data row of the file (first data row = 1), or the element for graph files.',
        }),
        id: z.string().min(1).optional().meta({
          description: "The row's own id (GLOBALEVENTID, ACLED event_id_cnty, ICEWS Event ID).",
        }),
      })
      .meta({ description: 'The row of an imported file this citation was made from.' }),
    description: z.string().min(1).optional().meta({
      description:
        "A source's own summary of the event (ACLED's notes), labelled as such; never the article's text.",
    }),
  })
  .meta({
    description:
      'A reference to an article whose text is not held: it points at the source, quotes nothing.',
  });

/**
 * Columns of an imported graph file that Diplograph has no field for (a Gephi
 * table's "population", a GEXF attribute), kept as the file gave them: text,
 * number or true/false. Never read as facts the app reasons with.
 */
export const attributesSchema = z
  .record(z.string().min(1), z.union([z.string(), z.number(), z.boolean()]))
  .meta({
    description:
      "An imported file's own columns or attributes that the format has no field for, kept as given (text, number or boolean).",
  });

const entityCommon = {
  id: idSchema,
  name: localizedTextSchema,
  aliases: localizedListSchema.optional(),
  note: localizedTextSchema.optional(),
  evidence: z.array(evidenceSchema).meta({
    description: 'Verbatim excerpts; at least one, unless the item has citations.',
  }),
  citations: z.array(citationSchema).optional(),
  attributes: attributesSchema.optional(),
};

export const cameoCodeSchema = z
  .string()
  .regex(
    CAMEO_CODE_PATTERN,
    'must be a CAMEO code: a root 01–20, optionally refined (e.g. "04", "061")',
  )
  .meta({ description: 'A CAMEO event code; its first two digits are the root code.' });

export const entitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...entityCommon,
    kind: z.literal('state'),
    country: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "RUS"')
      .optional()
      .meta({ description: 'The ISO 3166-1 alpha-3 code of the country ("RUS"), when known.' }),
  }),
  z.strictObject({ ...entityCommon, kind: z.literal('bloc') }).meta({
    description: 'A group of actors; its members are the member-of relations that name it, if any.',
  }),
  z.strictObject({ ...entityCommon, kind: z.literal('official') }).meta({
    description: 'A person holding office; offices are holds-office relations.',
  }),
  z
    .strictObject({
      ...entityCommon,
      kind: z.literal('meeting'),
      date: dateClaimSchema,
      place: localizedTextSchema
        .nullable()
        .meta({ description: 'Null when the source does not say.' }),
      coordinates: z
        .strictObject({
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
        })
        .optional()
        .meta({
          description:
            'Where the meeting took place, in degrees (WGS 84), when the source or a gazetteer entry for the place it names gives it; left out when unknown.',
        }),
      cameo: cameoCodeSchema.nullable(),
    })
    .meta({ description: 'A meeting; its participants are takes-part-in relations.' }),
  z.strictObject({ ...entityCommon, kind: z.literal('topic') }),
]);

const countSchema = z.int().min(0);

/** What an event dataset coded about an imported relation, kept as the source gives it. */
export const codedSchema = z
  .strictObject({
    quadClass: z.int().min(1).max(4).optional().meta({
      description:
        "The source's own QuadClass (1 verbal cooperation … 4 material conflict), kept beside the one the app derives from the CAMEO code.",
    }),
    goldstein: z.number().min(-10).max(10).optional().meta({
      description: 'The Goldstein scale score (GDELT) or intensity (ICEWS), −10 to +10.',
    }),
    counts: z
      .strictObject({
        events: countSchema,
        mentions: countSchema.optional(),
        sources: countSchema.optional(),
        articles: countSchema.optional(),
      })
      .optional()
      .meta({
        description:
          'The coded events this relation aggregates (same pair, code and day), and the sums of their mention, source and article counts.',
      }),
    fatalities: countSchema
      .optional()
      .meta({ description: "ACLED's reported fatalities, summed." }),
    eventType: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "ACLED's event_type, as ACLED names it." }),
    subEventType: z.string().min(1).optional().meta({ description: "ACLED's sub_event_type." }),
    location: z
      .strictObject({
        name: z.string().min(1).nullable(),
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
      })
      .optional()
      .meta({ description: 'Where the event took place, as the source geocoded it.' }),
  })
  .meta({ description: 'Figures an event dataset coded for an imported relation.' });

export const relationSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(RELATION_KIND_IDS),
    source: idSchema,
    target: idSchema,
    mutual: z.boolean().optional().meta({
      description:
        'For directed kinds: true when the relation holds both ways (drawn with two arrows).',
    }),
    cameo: cameoCodeSchema.nullable().optional().meta({
      description:
        'For interactions: the CAMEO code; QuadClass and stance follow from it. Null when the source names no codable event.',
    }),
    role: localizedTextSchema.optional().meta({
      description: 'For holds-office: the office held, e.g. {"en": "Minister of Foreign Affairs"}.',
    }),
    start: dateClaimSchema.optional(),
    end: dateClaimSchema.optional(),
    confidence: z.enum(CONFIDENCES).optional().meta({
      description: "The annotators' confidence in their reading of the source.",
    }),
    note: localizedTextSchema.optional(),
    evidence: z.array(evidenceSchema).meta({
      description: 'Verbatim excerpts; at least one, unless the relation has citations.',
    }),
    citations: z.array(citationSchema).optional(),
    coded: codedSchema.optional(),
    attributes: attributesSchema.optional(),
  })
  .meta({ description: 'A tie between two entities, read source → target.' });

export const articleSchema = z
  .strictObject({
    id: idSchema,
    language: languageTagSchema,
    title: z.string().min(1).nullable().meta({ description: 'Null when the source has no title.' }),
    publisher: z.string().min(1).nullable(),
    author: z.string().min(1).nullable(),
    published: isoDateSchema.nullable(),
    url: httpUrlSchema.nullable(),
    licence: z.string().min(1).nullable().meta({
      description: 'The licence or terms under which the text is redistributed; null when unknown.',
    }),
    identifier: z.string().min(1).nullable().optional().meta({
      description:
        "An identifier of the article where it has no URL (ICEWS's Story ID, an ACLED source name and date); null or absent when none.",
    }),
    annotatedBy: z.string().min(1).meta({ description: 'Who annotated the article.' }),
    note: localizedTextSchema.optional(),
    paragraphs: z.array(z.string().min(1)).meta({
      description:
        'The full text, one string per paragraph, exactly as published; empty when the text is not held (an article only cited).',
    }),
    textHash: z
      .string()
      .regex(/^[0-9a-f]{8}$/, 'must be 8 hex digits')
      .optional()
      .meta({
        description:
          'A hash of the paragraphs joined by line breaks (32-bit FNV-1a): when the text no longer matches it, the excerpts are re-anchored.',
      }),
    reliability: reliabilitySchema.optional(),
  })
  .meta({ description: 'A source article; null fields are unknown and shown as "unknown".' });

export const lensSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    entities: z.array(idSchema).min(1).optional().meta({
      description: 'Only these entities, and the relations between them.',
    }),
    entityKinds: z.array(z.enum(ENTITY_KINDS)).min(1).optional(),
    relationKinds: z.array(z.enum(RELATION_KIND_IDS)).min(1).optional(),
    stances: z.array(z.enum(STANCES)).min(1).optional(),
  })
  .meta({
    description:
      'A named view of the dataset, one click away in the app. Its conditions combine (all must hold) and combine with the filters the analyst adds.',
  });

export const positionsSchema = z.record(idSchema, z.tuple([z.number(), z.number()])).meta({
  description:
    'Where the force layout puts each entity, by entity id: [x, y]. Presentation, not a fact: written by `npm run data:layout` so that a large dataset is drawn at once instead of laid out in the browser. Used only when every entity has a position.',
});

export const communitiesSchema = z.record(idSchema, z.number().int().positive()).meta({
  description:
    'The community of each entity, by entity id, numbered from 1: Louvain modularity over every relation, for the overview of a large graph. Presentation, not a fact: written by `npm run data:layout`.',
});

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(FORMAT_VERSION),
    id: idSchema,
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    synthetic: z.boolean().meta({
      description: 'True for generated test data with fictional names, never real reporting.',
    }),
    articles: z.array(articleSchema).min(1),
    entities: z.array(entitySchema),
    relations: z.array(relationSchema),
    lenses: z.array(lensSchema).optional(),
    positions: positionsSchema.optional(),
    communities: communitiesSchema.optional(),
  })
  .meta({
    title: 'Diplograph dataset',
    description:
      'States, blocs, officials, meetings and topics, the relations between them, and the articles that are their evidence.',
  });

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type DateClaim = z.infer<typeof dateClaimSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Coded = z.infer<typeof codedSchema>;
export type Attributes = z.infer<typeof attributesSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Lens = z.infer<typeof lensSchema>;
export type Positions = z.infer<typeof positionsSchema>;
