import { Trans } from 'react-i18next';
import { useDatasetSource } from '../../dataset/useDatasetIndex.ts';

/** Says plainly when the data shown comes from another site or from a local file. */
export function ExternalDataBanner() {
  const source = useDatasetSource();
  if (source.type === 'bundled') return null;
  if (source.type === 'file') {
    return (
      <p className="data-banner">
        <Trans
          i18nKey="datasets.localFile"
          values={{ name: source.name }}
          components={{ strong: <strong />, bdi: <bdi /> }}
        />
      </p>
    );
  }
  const url = new URL(source.url);
  if (url.origin === window.location.origin) return null;
  return (
    <p className="data-banner">
      <Trans
        i18nKey="datasets.external"
        values={{ origin: url.origin }}
        components={{ strong: <strong /> }}
      />
    </p>
  );
}
