// On a copy of a page at another address (a poster's /Q/<CODE> short link), shows the readable canonical
// address instead, without a new request, keeping any #fragment, so a link the worker shares on names the
// campaign page. Only the path is taken from <link rel="canonical">: its origin is the production site, and
// a copy served from another host (a preview, a test server) must stay on that host.
// A file, never an inline script, so a strict script-src 'self' policy allows it.
const canonical = document.querySelector('link[rel="canonical"]');
if (canonical) {
  const path = new URL(canonical.href).pathname;
  if (path !== location.pathname) history.replaceState(history.state, '', path + location.hash);
}
