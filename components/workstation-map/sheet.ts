/**
 * `css` for the map's own sheets (Leaflet's and the markers'): a constructed stylesheet, made where the map
 * loads. Lit's css-tag would work too, but the list imports it as well, and a module shared by the list and
 * the lazy map becomes a chunk of its own that every worker downloads before the map opens. Named `css` so
 * the build minifies these templates like every other (scripts/css-minify.mjs); static text only.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings.join(''));
  return sheet;
}
