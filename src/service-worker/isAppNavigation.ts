/**
 * Whether a navigation is to the app's page, which the service worker answers with
 * index.html: any path without a file name. A file opened in a tab (a dataset, its
 * schema, data/README.md) is left to the network. Only the path counts: the query
 * (`?data=/lavrov-choe.json`) is the view.
 * @example isAppNavigation(new URL('https://app.example/?data=/x.json')) // true
 * @example isAppNavigation(new URL('https://app.example/x.json')) // false
 */
export function isAppNavigation(url: URL): boolean {
  return !/\/[^/]+\.[^/]+$/.test(url.pathname);
}
