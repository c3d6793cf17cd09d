import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ArticleMeta } from '../../components/ArticleMeta.tsx';
import { openedFileText } from '../../dataset/openedFiles.ts';
import { useLoadedDataset } from '../../dataset/useDatasetIndex.ts';
import { evidenceBrief } from '../../domain/export/evidenceBrief.ts';
import { pickText } from '../../domain/text/pickText.ts';
import { encodeView } from '../../domain/view/viewCodec.ts';
import { useComparison } from '../../store/useComparison.ts';
import { useNameLanguage } from '../../store/useNameLanguage.ts';
import { useViewStore } from '../../store/useViewStore.ts';
import { usePaths } from '../../store/usePaths.ts';
import { useSelectedTie, useVisibleGraph } from '../../store/useVisibleGraph.ts';
import { BriefComparison } from './BriefComparison.tsx';
import { BriefItem } from './BriefItem.tsx';
import { BriefScope } from './BriefScope.tsx';
import './brief.css';

/** The picture of the view in the brief: an object URL of its PNG, or why there is none. */
export type BriefPicture =
  { state: 'ready'; url: string } | { state: 'failed' } | { state: 'none' };

interface EvidenceBriefViewProps {
  picture: BriefPicture;
  made: Date;
  onClose: () => void;
}

/**
 * The evidence brief of the current view, as a page over the app that prints on
 * its own (brief.css hides the app in print): the picture, the dataset and its
 * version, the link, and every excerpt behind the selection (or behind all shown
 * relations) with its source. It opens the print dialog once the picture is in.
 */
export function EvidenceBriefView({ picture, made, onClose }: EvidenceBriefViewProps) {
  const { t } = useTranslation();
  const { index, version } = useLoadedDataset();
  const view = useViewStore((s) => s.view);
  const openedFile = useViewStore((s) => s.openedFile);
  const draftName = openedFile === null ? undefined : openedFileText(openedFile.version)?.draft;
  const shown = useVisibleGraph();
  const language = useNameLanguage();
  const { tie } = useSelectedTie();
  const path = usePaths()?.shown ?? null;
  const comparison = useComparison();
  const brief = useMemo(
    () => evidenceBrief(index, shown, view.selected, { tie, path }),
    [index, shown, view.selected, tie, path],
  );
  const titleId = useId();
  const page = useRef<HTMLDivElement>(null);
  const [isPictureSettled, setPictureSettled] = useState(picture.state !== 'ready');
  const printed = useRef(false);

  // A modal page: the rest of the document is inert (out of reach of Tab and
  // screen readers) while it is open, and focus starts at its title.
  useEffect(() => {
    const others = Array.from(document.body.children).filter(
      (element): element is HTMLElement =>
        element instanceof HTMLElement && element !== page.current && !element.inert,
    );
    for (const element of others) element.inert = true;
    page.current?.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      for (const element of others) element.inert = false;
    };
  }, []);

  useEffect(() => {
    if (!isPictureSettled || printed.current) return;
    printed.current = true;
    window.print();
  }, [isPictureSettled]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  const link = `${window.location.origin}${window.location.pathname}?${encodeView(view)}`;
  const madeText = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(made);

  return createPortal(
    <div
      ref={page}
      className="evidence-brief"
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="brief-actions">
        <button type="button" className="small-button" onClick={() => window.print()}>
          {t('export.print')}
        </button>
        <button type="button" className="small-button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
      <h2 id={titleId} tabIndex={-1}>
        {t('export.briefTitle')}
      </h2>
      <dl className="brief-facts">
        <dt>{t('export.dataset')}</dt>
        <dd>
          {pickText(index.dataset.title, language)} ({index.dataset.id})
        </dd>
        <dt>{t('export.version')}</dt>
        <dd>
          <code>{version}</code>
        </dd>
        <dt>{t('export.generated')}</dt>
        <dd>{madeText}</dd>
        <dt>{t('export.shown')}</dt>
        <dd>
          {t('status.shown', {
            entities: t('status.entities', { count: shown.entities.size }),
            relations: t('status.relations', { count: shown.relations.size }),
          })}
        </dd>
        <dt>{t('export.link')}</dt>
        <dd className="brief-link">
          {openedFile === null
            ? link
            : draftName === undefined
              ? t('export.localFile')
              : t('export.localDraft', { name: draftName })}
        </dd>
      </dl>
      <figure className="brief-picture">
        {picture.state === 'ready' ? (
          <img
            src={picture.url}
            alt={t('export.pictureAlt')}
            onLoad={() => setPictureSettled(true)}
            onError={() => setPictureSettled(true)}
          />
        ) : (
          <p className="unknown">
            {t(picture.state === 'failed' ? 'export.pictureFailed' : 'export.noPictureInBrief')}
          </p>
        )}
      </figure>
      {view.compare !== null && comparison !== null && (
        <BriefComparison
          index={index}
          query={view.compare}
          comparison={comparison}
          language={language}
        />
      )}
      <BriefScope brief={brief} language={language} index={index} />
      {brief.items.map((item) => (
        <BriefItem
          key={item.type === 'entity' ? item.entity.id : item.relation.id}
          index={index}
          item={item}
          language={language}
        />
      ))}
      {brief.articles.length > 0 && (
        <section className="brief-sources">
          <h3>{t('export.sources')}</h3>
          {brief.articles.map((article) => (
            <ArticleMeta key={article.id} article={article} headingLevel={4} />
          ))}
        </section>
      )}
    </div>,
    document.body,
  );
}
