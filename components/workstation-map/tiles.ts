/**
 * Which tiles the map draws, configured by the embedding page, never hard-coded: `none` (the default: a
 * plain sketch, no third-party request), an OpenStreetMap-style URL template, Tianditu with a key (CGCS2000,
 * close enough to WGS-84 that nothing shifts) or AMap (GCJ-02: points are shifted when drawn).
 */
export interface TileSource {
  urls: string[];
  subdomains: string;
  attribution: string;
  datum: 'wgs84' | 'gcj02';
  maxZoom: number;
}

export interface TileOptions {
  key?: string | null;
  attribution?: string | null;
  /** 审图号, the map approval number Chinese map providers must show. */
  approval?: string | null;
}

const tianditu = (layer: string, key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

const withApproval = (name: string, approval?: string | null) => (approval ? `${name} · 审图号：${approval}` : name);

/** The tile source for a `tiles` value, or null for the plain sketch. */
export function tileSource(spec: string | null | undefined, { key, attribution, approval }: TileOptions = {}): TileSource | null {
  const value = (spec ?? '').trim();
  if (value === 'tianditu') {
    if (!key) return null;
    return {
      urls: [tianditu('vec', key), tianditu('cva', key)],
      subdomains: '01234567',
      attribution: withApproval(attribution || '天地图', approval),
      datum: 'wgs84',
      maxZoom: 18,
    };
  }
  if (value === 'amap') {
    return {
      urls: ['https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}'],
      subdomains: '1234',
      attribution: withApproval(attribution || '高德地图', approval),
      datum: 'gcj02',
      maxZoom: 18,
    };
  }
  if (/\{z\}/.test(value) && /\{x\}/.test(value) && /\{y\}/.test(value)) {
    return { urls: [value], subdomains: 'abc', attribution: withApproval(attribution ?? '', approval), datum: 'wgs84', maxZoom: 19 };
  }
  return null;
}
