import type { Locale } from '../core/locale.js';
import { wgs84ToGcj02 } from './gcj02.js';
import type { Workstation } from './workstations.js';

export interface DirectionLinks {
  amap: string;
  tencent: string;
  baidu: string;
}

/**
 * Directions to the workstation from where the phone is, by public transport, in the phone's map app (its
 * web page without one). All three apps draw in GCJ-02: the point is shifted from our WGS-84 here, and
 * Baidu, whose own datum is BD-09, is told so with coord_type. Plain links: nothing is requested until tapped.
 */
export function navigationLinks(ws: Workstation, locale: Locale): DirectionLinks | undefined {
  if (!ws.location) return undefined;
  const { lat, lng } = wgs84ToGcj02({ lat: ws.location.latitude, lng: ws.location.longitude });
  const to = `${lat.toFixed(6)},${lng.toFixed(6)}`;
  const name = encodeURIComponent(ws.name[locale]);
  return {
    amap: `https://uri.amap.com/navigation?to=${lng.toFixed(6)},${lat.toFixed(6)},${name}&mode=bus&coordinate=gaode&callnative=1&src=legal-aid-kit`,
    tencent: `https://apis.map.qq.com/uri/v1/routeplan?type=bus&to=${name}&tocoord=${to}&referer=legal-aid-kit`,
    baidu: `https://api.map.baidu.com/direction?origin=${encodeURIComponent('我的位置')}&destination=latlng:${to}|name:${name}&coord_type=gcj02&mode=transit&region=${encodeURIComponent(ws.address.city['zh-CN'])}&output=html&src=legal-aid-kit`,
  };
}
