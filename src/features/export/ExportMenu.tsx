import {
  lazy,
  Suspense,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetIndex } from '../../dataset/useDatasetIndex.ts';
import { useComparison } from '../../store/useComparison.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { useFilteredGraph, useRolledUp, useVisibleGraph } from '../../store/useVisibleGraph.ts';
import type { RolledTie } from '../../domain/graph/rollUp.ts';
import { downloadFile } from './downloadFile.ts';
import type { BriefPicture } from './EvidenceBriefView.tsx';
import {
  COMPARISON_EXPORT,
  DATA_EXPORTS,
  PICTURE_EXPORTS,
  type ExportKind,
  type PictureSource,
} from './exportKinds.ts';
import './export.css';

// The exporters and the brief load on first use: most sessions never export.
const EvidenceBriefView = lazy(() =>
  import('./EvidenceBriefView.tsx').then((m) => ({ default: m.EvidenceBriefView })),
);

const LABEL_KEYS = {
  'view-png': 'export.viewPng',
  'whole-png': 'export.wholePng',
  'view-svg': 'export.viewSvg',
  'whole-svg': 'export.wholeSvg',
  dataset: 'export.datasetJson',
  entities: 'export.entitiesCsv',
  relations: 'export.relationsCsv',
  gexf: 'export.gexf',
  comparison: 'export.comparisonCsv',
  graphml: 'export.graphml',
} as const satisfies Record<ExportKind, string>;

const NO_TIES: readonly RolledTie[] = [];

/** What the last export says; `done` once its file is saved. */
interface Status {
  text: string;
  done: boolean;
}
const NO_STATUS: Status = { text: '', done: false };
const SAVED_NOTE_MS = 6000;

interface ExportMenuProps {
  /** The graph's pictures; null while the graph is not drawn (or the table is shown). */
  picture: { readonly current: PictureSource | null };
}

/**
 * The Export button and its list: pictures (PNG at 2×, SVG), the shown part as a
 * dataset, CSV tables, GEXF for Gephi, and the printable evidence brief. A
 * disclosure of ordinary buttons, so Tab and Enter reach everything; Escape closes.
 */
export function ExportMenu({ picture }: ExportMenuProps) {
  const { t, i18n } = useTranslation();
  const index = useDatasetIndex();
  const shown = useVisibleGraph();
  const filtered = useFilteredGraph();
  const ties = useRolledUp()?.ties ?? NO_TIES;
  const language = useNameLanguage();
  const compareQuery = useViewStore((s) => s.view.compare);
  const comparison = useComparison();
  const [isOpen, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>(NO_STATUS);
  const [brief, setBrief] = useState<{ picture: BriefPicture; made: Date } | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // Back to the Export button when the brief closes; only once the brief has
  // unmounted is the rest of the page no longer inert, and focusable again.
  const hadBrief = useRef(false);
  // "Saved …" goes after a while; "Working on …" stays until it is done, a failure
  // until the menu is opened again.
  useEffect(() => {
    if (!status.done) return;
    const timer = setTimeout(() => setStatus(NO_STATUS), SAVED_NOTE_MS);
    return () => clearTimeout(timer);
  }, [status]);
  useEffect(() => {
    if (brief !== null) hadBrief.current = true;
    else if (hadBrief.current) {
      hadBrief.current = false;
      trigger.current?.focus();
    }
  }, [brief]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  const save = async (kind: ExportKind) => {
    close(true);
    const context = {
      index,
      shown,
      ties,
      filtered,
      language,
      now: new Date(),
      picture: picture.current,
      compared:
        compareQuery === null || comparison === null ? null : { query: compareQuery, comparison },
      strings: { en: i18n.getFixedT('en'), tr: i18n.getFixedT('tr') },
    };
    let exporters: typeof import('./exportFile.ts');
    try {
      exporters = await import('./exportFile.ts');
    } catch (error) {
      setStatus({ text: t('export.failed', { message: String(error) }), done: false });
      return;
    }
    const { exportContents, exportFileNameOf, NoPictureError, NothingShownError } = exporters;
    const name = exportFileNameOf(kind, context);
    setStatus({ text: t('export.working', { name }), done: false });
    try {
      downloadFile(name, await exportContents(kind, context));
      setStatus({ text: t('export.saved', { name }), done: true });
    } catch (error) {
      const text =
        error instanceof NoPictureError
          ? t('export.noPicture')
          : error instanceof NothingShownError
            ? t('export.nothingShown')
            : t('export.failed', { message: String(error) });
      setStatus({ text, done: false });
    }
  };

  const openBrief = async () => {
    close(false);
    setStatus(NO_STATUS);
    const source = picture.current;
    let shot: BriefPicture = { state: 'none' };
    if (source !== null) {
      try {
        shot = { state: 'ready', url: URL.createObjectURL(await source.printPng()) };
      } catch {
        shot = { state: 'failed' };
      }
    }
    setBrief({ picture: shot, made: new Date() });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && isOpen) {
      event.stopPropagation();
      close(true);
    }
  };
  // Focus leaving the whole control (Tab past the last item, a click elsewhere) closes it.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };

  const item = (kind: ExportKind) => (
    <li key={kind}>
      <button type="button" className="export-item" onClick={() => void save(kind)}>
        {t(LABEL_KEYS[kind])}
      </button>
    </li>
  );

  return (
    <div className="export-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={trigger}
        type="button"
        className="small-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => {
          if (!isOpen) setStatus(NO_STATUS);
          setOpen(!isOpen);
        }}
      >
        {t('export.menu')}
      </button>
      <div
        id={panelId}
        className="export-panel"
        role="group"
        aria-label={t('export.menuLabel')}
        hidden={!isOpen}
      >
        <p className="export-heading">{t('export.pictures')}</p>
        <ul>{PICTURE_EXPORTS.map(item)}</ul>
        <p className="export-heading">{t('export.data')}</p>
        <ul>
          {DATA_EXPORTS.map(item)}
          {comparison !== null && item(COMPARISON_EXPORT)}
        </ul>
        <button type="button" className="export-item export-brief" onClick={() => void openBrief()}>
          {t('export.brief')}
        </button>
      </div>
      <span role="status" className="header-note export-status">
        {status.text}
      </span>
      {brief !== null && (
        <Suspense fallback={null}>
          <EvidenceBriefView
            picture={brief.picture}
            made={brief.made}
            onClose={() => {
              if (brief.picture.state === 'ready') URL.revokeObjectURL(brief.picture.url);
              setBrief(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
