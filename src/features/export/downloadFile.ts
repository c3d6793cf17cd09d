// Long enough for the browser to start reading the blob after the click; a URL
// revoked in the same task can cancel the download in some browsers.
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves a file through a temporary object URL and an `<a download>`: no new
 * window, no inline script, nothing sent anywhere (the page's CSP stays strict).
 */
export function downloadFile(name: string, contents: Blob): void {
  const url = URL.createObjectURL(contents);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
