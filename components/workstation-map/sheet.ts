/**
 * `css` for the map's own styles (Leaflet's and the markers'): plain text, made into a sheet by the list
 * (finder.ts) when the map loads. Importing the core's `css` here would put it in a chunk shared by the
 * list and the lazy map, one more file before the list shows. Named `css` so the build minifies these
 * templates like every other (scripts/build/css-minify.mjs); static text only.
 */
export const css = (strings: TemplateStringsArray): string => strings.join('');
