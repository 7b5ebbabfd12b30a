import type { LatLng } from './gcj02.js';
import type { Coordinates } from './workstations.js';

/** HSDS coordinates as a point. */
export const toLatLng = (c: Coordinates): LatLng => ({ lat: c.latitude, lng: c.longitude });

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine): plenty for "which workstation is nearest". */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Items ordered by distance from `origin`, nearest first; items without a position keep their order at
 * the end (they are listed, never dropped). Stable, so equal distances keep the data's order.
 */
export function byDistance<T>(
  items: readonly T[],
  origin: LatLng,
  position: (item: T) => LatLng | undefined,
): { item: T; metres?: number }[] {
  return items
    .map((item, index) => {
      const at = position(item);
      return { item, index, metres: at ? distanceMetres(origin, at) : undefined };
    })
    .sort((a, b) => (a.metres ?? Infinity) - (b.metres ?? Infinity) || a.index - b.index)
    .map(({ item, metres }) => ({ item, metres }));
}
