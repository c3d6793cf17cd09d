import { useViewStore } from '../../store/useViewStore.ts';

// A long list would push the graph off the screen; the first items say enough.
const SHOWN_DETAILS = 8;

/** Dismissible notices: parts of a link that were ignored, a dataset that changed since. */
export function Notices() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <div>
            <p>{notice.text}</p>
            {notice.details !== undefined && (
              <ul>
                {notice.details.slice(0, SHOWN_DETAILS).map((detail, i) => (
                  <li key={i}>{detail}</li>
                ))}
                {notice.details.length > SHOWN_DETAILS && (
                  <li>…and {notice.details.length - SHOWN_DETAILS} more</li>
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
                {notice.action.label}
              </button>
            )}
            <button type="button" className="small-button" onClick={() => dismiss(notice.id)}>
              Dismiss
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
