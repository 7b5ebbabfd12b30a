// Leaflet's `main` is a UMD bundle; we import its ES module build and take the types from @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
