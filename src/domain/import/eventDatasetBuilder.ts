import { contentHash } from '../dataset/contentHash.ts';
import {
  FORMAT_VERSION,
  type Article,
  type Citation,
  type Coded,
  type Dataset,
  type Entity,
  type ImportFormat,
  type Relation,
} from '../dataset/datasetSchema.ts';
import { CAMEO_CODE_PATTERN, quadClassOf, QUAD_CLASSES } from '../relations/quadClass.ts';
import { foldText } from '../search/foldText.ts';
import { citedArticle } from './citedArticle.ts';
import type { CitedSource, CodedActor, CodedEvent, NamedActor } from './codedEvent.ts';
import { countryOfCode } from './countryNames.ts';
import { ReportCollector, type ImportReport } from './importReport.ts';

/** How coded events become a dataset. */
export interface EventBuildOptions {
  format: ImportFormat;
  /** The dataset's id and English title. */
  id: string;
  title: string;
  /** Keep only events whose two actors belong to these countries (ISO alpha-3 codes). */
  actors?: readonly string[] | null;
  /** Citations kept per relation (their counts are kept whatever this is); default 50. */
  maxCitationsPerRelation?: number;
  /** True for generated test data with fictional names. */
  synthetic?: boolean;
  /** Who or what made the articles' records ("GDELT 2.0, imported by data:import"). */
  annotatedBy: string;
}

/** A dataset made by an importer, not yet checked, with the account of what was done. */
export interface ImportResult {
  dataset: Dataset;
  report: ImportReport;
}

interface RelationDraft {
  id: string;
  source: string;
  target: string;
  cameo: string | null;
  date: string | null;
  quadClass: number | undefined;
  quadClassVaries: boolean;
  goldsteinSum: number;
  goldsteinCount: number;
  events: number;
  mentions: number | undefined;
  sources: number | undefined;
  articles: number | undefined;
  fatalities: number | undefined;
  eventType: string | undefined;
  subEventType: string | undefined;
  location: Coded['location'];
  citations: Map<string, Citation>;
}

interface EntityDraft {
  id: string;
  kind: 'state' | 'bloc' | 'official';
  country: string | undefined;
  name: { en: string; tr?: string };
  aliases: { en: Set<string>; tr: Set<string> };
  citations: Citation[];
  /** A named actor's codes as its row gives them (every entity but a state is a named actor). */
  attributes?: Record<string, string>;
}

/** An actor of a row, resolved: a country's state, or a named actor (of a country, or none). */
interface ResolvedActor {
  key: string;
  country?: string;
  name: string | null;
  named?: NamedActor;
}

const ENTITY_CITATIONS = 3;

/**
 * Makes an id from a name: folded, words joined by hyphens.
 * @example idOf('Russian Federation') // 'russian-federation'
 */
export function idOf(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/**
 * Turns coded events (GDELT, ACLED, ICEWS rows, mapped to one shape) into entities,
 * relations and cited articles, row by row. Events of the same two actors, code and
 * day become one `pursues-policy-toward` relation whose counts keep every event,
 * mention, source and article; each relation cites the articles behind it (URL or
 * identifier, with the locator where the row gives one) and quotes nothing.
 * @example const builder = new EventDatasetBuilder({ format: 'gdelt', id: 'x', title: 'X', annotatedBy: 'GDELT' });
 * builder.addEvent(event); builder.finish().dataset.relations.length // 1
 */
export class EventDatasetBuilder {
  readonly report = new ReportCollector();
  private readonly options: EventBuildOptions;
  private readonly actors: ReadonlySet<string> | null;
  private readonly entities = new Map<string, EntityDraft>();
  private readonly entityIds = new Set<string>();
  private readonly relations = new Map<string, RelationDraft>();
  /** Each official's holds-office tie to its state, made with the official. */
  private readonly offices: Relation[] = [];
  private readonly articles = new Map<string, Article>();
  private readonly articleIds = new Set<string>();
  /** Event id → the relation it was aggregated into, for the mentions that follow. */
  private readonly eventRelations = new Map<string, string>();
  private readonly files: ImportReport['files'] = [];
  private rowsImported = 0;
  private citationsLeftOut = 0;
  private quadClassDisagreements = 0;
  private signDisagreements = 0;

  constructor(options: EventBuildOptions) {
    this.options = options;
    this.actors =
      options.actors === undefined || options.actors === null || options.actors.length === 0
        ? null
        : new Set(options.actors.map((code) => code.toUpperCase()));
  }

  /** Starts counting the rows of one file. */
  beginFile(name: string, role: string): void {
    this.files.push({ name, role, rowsRead: 0 });
  }

  /** Counts a row read from the current file (imported or not). */
  countRow(): void {
    const file = this.files.at(-1);
    if (file !== undefined) file.rowsRead += 1;
  }

  /** Adds one coded event; returns false (and reports why) when it is left out. */
  addEvent(event: CodedEvent): boolean {
    const leave = (reason: string, detail?: string) => {
      this.report.leave(event.file, event.row, reason, detail);
      return false;
    };
    if (event.cameo !== null && !CAMEO_CODE_PATTERN.test(event.cameo)) {
      return leave('not a CAMEO event code', `"${event.cameo}"`);
    }
    const source = this.resolveActor(event.actor1);
    if (typeof source === 'string')
      return leave(`first actor: ${source}`, describeActor(event.actor1));
    const target = this.resolveActor(event.actor2);
    if (typeof target === 'string')
      return leave(`second actor: ${target}`, describeActor(event.actor2));
    if (this.actors !== null) {
      if (source.country === undefined || !this.actors.has(source.country))
        return leave('first actor not among --actors', describeActor(event.actor1));
      if (target.country === undefined || !this.actors.has(target.country))
        return leave('second actor not among --actors', describeActor(event.actor2));
    }
    if (source.key === target.key) {
      return leave('both actors are the same entity', describeActor(event.actor1));
    }
    const sourceCitations = event.sources
      .map((cited) => this.citationOf(cited))
      .filter((citation) => citation !== null);
    const firstCitation = sourceCitations[0];
    if (firstCitation === undefined) return leave('no source to cite (no URL or identifier)');

    // Made only now that the row is known to be imported: no entity without a relation.
    const sourceEntity = this.keepEntity(source, firstCitation);
    const targetEntity = this.keepEntity(target, firstCitation);
    const group = event.cameo ?? idOf(event.subEventType ?? event.eventType ?? 'event');
    const key = `${sourceEntity.id}|${targetEntity.id}|${group}|${event.date ?? ''}`;
    let relation = this.relations.get(key);
    if (relation === undefined) {
      relation = {
        id: this.uniqueRelationId(
          `${sourceEntity.id}-${targetEntity.id}-${group}-${event.date ?? 'undated'}`,
        ),
        source: sourceEntity.id,
        target: targetEntity.id,
        cameo: event.cameo,
        date: event.date,
        quadClass: event.quadClass,
        quadClassVaries: false,
        goldsteinSum: 0,
        goldsteinCount: 0,
        events: 0,
        mentions: undefined,
        sources: undefined,
        articles: undefined,
        fatalities: undefined,
        eventType: event.eventType,
        subEventType: event.subEventType,
        location: event.location,
        citations: new Map(),
      };
      this.relations.set(key, relation);
    } else if (relation.quadClass !== event.quadClass) {
      relation.quadClassVaries = true;
    }
    relation.events += 1;
    relation.mentions = add(relation.mentions, event.counts?.mentions);
    relation.sources = add(relation.sources, event.counts?.sources);
    relation.articles = add(relation.articles, event.counts?.articles);
    relation.fatalities = add(relation.fatalities, event.fatalities);
    if (event.goldstein !== undefined) {
      relation.goldsteinSum += event.goldstein;
      relation.goldsteinCount += 1;
    }
    this.noteDisagreements(event);
    for (const citation of sourceCitations) this.cite(relation, citation);
    this.eventRelations.set(event.id, key);
    this.rowsImported += 1;
    return true;
  }

  /** Adds a mention of an event already added (GDELT's Mentions table); reports it otherwise. */
  addMention(eventId: string, cited: CitedSource): boolean {
    const key = this.eventRelations.get(eventId);
    const relation = key === undefined ? undefined : this.relations.get(key);
    if (relation === undefined) {
      this.report.leave(
        cited.from.file,
        cited.from.row,
        'mention of an event not in the events files (or left out there)',
        `GLOBALEVENTID ${eventId}`,
      );
      return false;
    }
    const citation = this.citationOf(cited);
    if (citation === null) {
      this.report.leave(cited.from.file, cited.from.row, 'mention without a URL or identifier');
      return false;
    }
    // The events row's own SOURCEURL citation, without a locator, gives way to the mention.
    relation.citations.delete(`${citation.article}|`);
    this.cite(relation, citation);
    this.rowsImported += 1;
    return true;
  }

  /** The dataset and the report; the caller checks the dataset as data:check does. */
  finish(): ImportResult {
    // Named actors of different countries may share a name ("PRESIDENT"): those say whose.
    const sharedNames = namesOfSeveralCountries([...this.entities.values()]);
    const entities: Entity[] = [...this.entities.values()].map((draft) => {
      const aliases: Record<string, string[]> = {};
      if (draft.aliases.en.size > 0) aliases.en = [...draft.aliases.en];
      if (draft.aliases.tr.size > 0) aliases.tr = [...draft.aliases.tr];
      const common = {
        id: draft.id,
        name: sharedNames.has(foldText(draft.name.en)) ? withCountry(draft) : draft.name,
        ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
        evidence: [],
        citations: draft.citations,
        ...(draft.attributes === undefined || Object.keys(draft.attributes).length === 0
          ? {}
          : { attributes: draft.attributes }),
      };
      return draft.kind === 'state'
        ? {
            ...common,
            kind: 'state' as const,
            ...(draft.country === undefined ? {} : { country: draft.country }),
          }
        : { ...common, kind: draft.kind };
    });
    const relations: Relation[] = [
      ...this.offices,
      ...[...this.relations.values()].map((draft) => this.relationOf(draft)),
    ];
    const citations = relations.reduce(
      (sum, relation) => sum + (relation.citations?.length ?? 0),
      0,
    );
    const notes = [...this.report.notes];
    const named = entities.filter((entity) => entity.kind !== 'state');
    if (named.length > 0) {
      const officials = named.filter((entity) => entity.kind === 'official').length;
      const groups = named.length - officials;
      const kept = [
        officials > 0 &&
          `${officials} as officials, each with a holds-office tie to the state its row places it in`,
        groups > 0 && `${groups} as groups (kind bloc)`,
      ].filter(Boolean);
      notes.push(
        `named actors kept apart from their countries: ${kept.join('; ')}; the rows' own codes are kept as attributes`,
      );
    }
    if (this.citationsLeftOut > 0) {
      notes.push(
        `${this.citationsLeftOut} citations beyond ${this.maxCitations()} per relation were not listed; the relations' counts keep every event, mention, source and article`,
      );
    }
    if (this.quadClassDisagreements > 0) {
      notes.push(
        `${this.quadClassDisagreements} rows give a QuadClass other than the one the app derives from the CAMEO code; both are kept (coded.quadClass) and shown`,
      );
    }
    if (this.signDisagreements > 0) {
      notes.push(
        `${this.signDisagreements} rows are cooperative by QuadClass with a negative Goldstein score, or conflictual with a positive one; both are kept and shown`,
      );
    }
    // Articles whose citations were not listed (past the cap) are left out with them.
    const cited = new Set([
      ...entities.flatMap((entity) => (entity.citations ?? []).map((c) => c.article)),
      ...relations.flatMap((relation) => (relation.citations ?? []).map((c) => c.article)),
    ]);
    const articles = [...this.articles.values()].filter((article) => cited.has(article.id));
    const dataset: Dataset = {
      formatVersion: FORMAT_VERSION,
      id: this.options.id,
      title: { en: this.options.title },
      synthetic: this.options.synthetic ?? false,
      articles,
      entities,
      relations,
    };
    const rowsRead = this.files.reduce((sum, file) => sum + file.rowsRead, 0);
    return {
      dataset,
      report: {
        format: this.options.format,
        files: this.files,
        rowsRead,
        rowsImported: this.rowsImported,
        made: {
          entities: entities.length,
          relations: relations.length,
          articles: articles.length,
          citations,
        },
        leftOut: this.report.leftOut(),
        problems: this.report.problems,
        notes,
      },
    };
  }

  private maxCitations(): number {
    return this.options.maxCitationsPerRelation ?? 50;
  }

  private relationOf(draft: RelationDraft): Relation {
    const coded: Coded = {
      counts: {
        events: draft.events,
        ...(draft.mentions === undefined ? {} : { mentions: draft.mentions }),
        ...(draft.sources === undefined ? {} : { sources: draft.sources }),
        ...(draft.articles === undefined ? {} : { articles: draft.articles }),
      },
    };
    if (draft.quadClass !== undefined && !draft.quadClassVaries) coded.quadClass = draft.quadClass;
    if (draft.goldsteinCount > 0) {
      coded.goldstein = Math.round((draft.goldsteinSum / draft.goldsteinCount) * 100) / 100;
    }
    if (draft.fatalities !== undefined) coded.fatalities = draft.fatalities;
    if (draft.eventType !== undefined) coded.eventType = draft.eventType;
    if (draft.subEventType !== undefined) coded.subEventType = draft.subEventType;
    if (draft.location !== undefined) coded.location = draft.location;
    return {
      id: draft.id,
      kind: 'pursues-policy-toward',
      source: draft.source,
      target: draft.target,
      cameo: draft.cameo,
      ...(draft.date === null ? {} : { start: { date: draft.date } }),
      evidence: [],
      citations: [...draft.citations.values()],
      coded,
    };
  }

  private noteDisagreements(event: CodedEvent): void {
    if (event.quadClass === undefined) return;
    const quad = QUAD_CLASSES[event.quadClass - 1];
    if (event.cameo !== null && quad !== undefined && quadClassOf(event.cameo) !== quad) {
      this.quadClassDisagreements += 1;
    }
    if (event.goldstein !== undefined && event.goldstein !== 0) {
      const cooperative = event.quadClass <= 2;
      if (cooperative !== event.goldstein > 0) this.signDisagreements += 1;
    }
  }

  private cite(relation: RelationDraft, citation: Citation): void {
    const key = `${citation.article}|${citation.locator?.sentence ?? ''}`;
    if (relation.citations.has(key)) return;
    if (relation.citations.size >= this.maxCitations()) {
      this.citationsLeftOut += 1;
      return;
    }
    relation.citations.set(key, citation);
  }

  private resolveActor(actor: CodedActor): ResolvedActor | string {
    const code = actor.country?.trim() ?? '';
    const country = code === '' ? null : countryOfCode(code);
    const name = actor.name?.trim() ?? '';
    if (actor.named !== undefined && name !== '') {
      // Keyed by country too: two countries' "PRESIDENT" are two people.
      return {
        key: `named:${country?.code ?? ''}:${foldText(name)}`,
        ...(country === null ? {} : { country: country.code }),
        name,
        named: actor.named,
      };
    }
    if (country !== null) return { key: `country:${country.code}`, country: country.code, name };
    if (code !== '')
      return 'country code is not an ISO 3166 country (a CAMEO region or group code)';
    return name === '' ? 'no actor' : 'no country code';
  }

  private keepEntity(resolved: ResolvedActor, citation: Citation): EntityDraft {
    let draft = this.entities.get(resolved.key);
    if (draft === undefined && resolved.named !== undefined) {
      const office = resolved.country === undefined ? undefined : resolved.named.office;
      const isOfficial = office !== undefined;
      const name = resolved.name ?? '';
      draft = {
        id: this.uniqueEntityId(idOf(name) || 'actor'),
        kind: isOfficial ? 'official' : 'bloc',
        country: resolved.country,
        name: { en: name },
        aliases: { en: new Set(), tr: new Set() },
        citations: [],
        attributes: {
          ...(resolved.country === undefined ? {} : { country: resolved.country }),
          ...resolved.named.attributes,
        },
      };
      this.entities.set(resolved.key, draft);
      if (isOfficial) {
        // The row that places the actor in a state's institutions is the tie's source.
        const state = this.keepEntity(
          { key: `country:${resolved.country}`, country: resolved.country, name: null },
          citation,
        );
        this.offices.push({
          id: this.uniqueRelationId(`${draft.id}-holds-office-${state.id}`),
          kind: 'holds-office',
          source: draft.id,
          target: state.id,
          role: { en: office },
          evidence: [],
          citations: [citation],
        });
      }
    }
    if (draft === undefined) {
      const country = resolved.country === undefined ? null : countryOfCode(resolved.country);
      if (country !== null) {
        draft = {
          id: this.uniqueEntityId(idOf(country.name.en) || `country-${country.code.toLowerCase()}`),
          kind: 'state',
          country: country.code,
          name: country.name,
          aliases: { en: new Set(country.aliases.en), tr: new Set(country.aliases.tr) },
          citations: [],
        };
      } else {
        const name = resolved.name ?? '';
        draft = {
          id: this.uniqueEntityId(idOf(name) || 'actor'),
          kind: 'bloc',
          country: undefined,
          name: { en: name },
          aliases: { en: new Set(), tr: new Set() },
          citations: [],
        };
      }
      this.entities.set(resolved.key, draft);
    }
    // The row's own spellings (RUSSIA, RUSSIAN, or a person's name under a state's
    // code) are not made aliases: a person's name is no name of the state.
    if (draft.citations.length < ENTITY_CITATIONS) {
      if (!draft.citations.some((known) => known.article === citation.article)) {
        draft.citations.push(citation);
      }
    }
    return draft;
  }

  private citationOf(cited: CitedSource): Citation | null {
    const article = this.articleOf(cited);
    if (article === null) return null;
    const citation: Citation = {
      article: article.id,
      source: {
        format: this.options.format,
        file: cited.from.file,
        row: cited.from.row,
        id: cited.from.id,
      },
    };
    if (cited.locator !== undefined && Object.keys(cited.locator).length > 0)
      citation.locator = cited.locator;
    if (cited.description !== undefined && cited.description !== '')
      citation.description = cited.description;
    return citation;
  }

  private articleOf(cited: CitedSource): Article | null {
    const key = cited.url ?? (cited.identifier === null ? null : `id:${cited.identifier}`);
    if (key === null) return null;
    const known = this.articles.get(key);
    if (known !== undefined) return known;
    const article = citedArticle({
      id: this.uniqueArticleId(
        `${this.options.format}-${contentHash(key)}${contentHash(`#${key}`)}`,
      ),
      language: cited.language,
      publisher: cited.publisher,
      published: cited.published,
      url: cited.url,
      identifier: cited.url === null ? cited.identifier : null,
      annotatedBy: this.options.annotatedBy,
    });
    this.articles.set(key, article);
    return article;
  }

  private uniqueEntityId(base: string): string {
    return unique(base, this.entityIds);
  }

  private uniqueRelationId(base: string): string {
    return unique(base, this.entityIds);
  }

  private uniqueArticleId(base: string): string {
    return unique(base, this.articleIds);
  }
}

function unique(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function add(total: number | undefined, value: number | undefined): number | undefined {
  if (value === undefined) return total;
  return (total ?? 0) + value;
}

/** The folded names several entities share, in different countries. */
function namesOfSeveralCountries(drafts: readonly EntityDraft[]): Set<string> {
  const countries = new Map<string, Set<string>>();
  for (const draft of drafts) {
    if (draft.kind === 'state') continue;
    const name = foldText(draft.name.en);
    const seen = countries.get(name) ?? new Set();
    seen.add(draft.country ?? '');
    countries.set(name, seen);
  }
  return new Set([...countries].filter(([, seen]) => seen.size > 1).map(([name]) => name));
}

/** A named actor's name with its country's: "PRESIDENT (Russia)". */
function withCountry(draft: EntityDraft): EntityDraft['name'] {
  const country = draft.country === undefined ? null : countryOfCode(draft.country);
  if (country === null) return draft.name;
  return { en: `${draft.name.en} (${country.name.en})` };
}

function describeActor(actor: CodedActor): string {
  const parts = [actor.name, actor.country].filter((part) => part !== null && part !== '');
  return parts.length === 0 ? '(empty)' : parts.join(', ');
}
