import { useTranslation } from 'react-i18next';
import type { NoticeMessage } from '../../store/noticeSlice.ts';
import { useViewStore } from '../../store/useViewStore.ts';

// A long list would push the graph off the screen; the first items say enough.
const SHOWN_DETAILS = 8;

/** Dismissible notices: parts of a link that were ignored, a dataset that changed since. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  // Worded when shown, so a notice follows the UI language.
  const words = (text: NoticeMessage | string) =>
    typeof text === 'string' ? text : t(text.key, text.values);
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <div>
            <p>{words(notice.text)}</p>
            {notice.details !== undefined && (
              <ul>
                {notice.details.slice(0, SHOWN_DETAILS).map((detail, i) => (
                  <li key={i}>{words(detail)}</li>
                ))}
                {notice.details.length > SHOWN_DETAILS && (
                  <li>{t('notices.more', { count: notice.details.length - SHOWN_DETAILS })}</li>
                )}
              </ul>
            )}
          </div>
          <div className="notice-actions">
            {notice.action !== undefined && (
              <button
                type="button"
                className="small-button"
                onClick={() => {
                  dismiss(notice.id);
                  notice.action?.run();
                }}
              >
                {words(notice.action.label)}
              </button>
            )}
            <button type="button" className="small-button" onClick={() => dismiss(notice.id)}>
              {t('notices.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
