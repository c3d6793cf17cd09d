import { useDatasetSource } from '../../dataset/useDatasetIndex.ts';

/** Says plainly when the data shown comes from another site or from a local file. */
export function ExternalDataBanner() {
  const source = useDatasetSource();
  if (source.type === 'bundled') return null;
  if (source.type === 'file') {
    return (
      <p className="data-banner">
        Local file:{' '}
        <strong>
          <bdi>{source.name}</bdi>
        </strong>{' '}
        — only this tab has it.
      </p>
    );
  }
  const url = new URL(source.url);
  if (url.origin === window.location.origin) return null;
  return (
    <p className="data-banner">
      External data from <strong>{url.origin}</strong>
    </p>
  );
}
