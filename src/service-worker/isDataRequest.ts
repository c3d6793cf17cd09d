/**
 * Whether the service worker should answer a request as data — the app's own
 * dataset files, the list of them and article texts — network first, from its cache
 * when the network fails. Data from other origins (`?data=https://…`) is never
 * touched: the browser fetches it as if there were no service worker.
 * @example isDataRequest(new URL('https://app.example/lavrov-choe.json'), 'https://app.example') // true
 */
export function isDataRequest(url: URL, appOrigin: string): boolean {
  return url.origin === appOrigin && /\.(?:json|txt)$/.test(url.pathname);
}
