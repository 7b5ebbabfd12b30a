import type { Catalogue } from '../core/locale.js';

/** Words under the map and on its clusters, in both languages: they load with the map, only when it opens. */
const zh = {
  'map.tilesFailed': '地图底图没有加载出来。工作站的点和名单照常可以用。',
  'map.twoFingers': '用两个手指移动地图',
  'map.cluster': '这里有{count}个工作站，按一下放大',
  'map.schematic': '示意图：只画出工作站的大概位置，不是真实地图。',
  'map.unmapped': '{count}个工作站还没有地图位置，只在名单里。',
  'map.here': '您在这里',
  'map.label': '工作站地图。可以用方向键移动，用加号减号放大缩小。',
};

export const mapPanelStrings: Catalogue<typeof zh> = {
  'zh-CN': zh,
  en: {
    'map.tilesFailed': 'The map background did not load. The workstation points and the list still work.',
    'map.twoFingers': 'Use two fingers to move the map',
    'map.cluster': 'Workstations here: {count}. Press to zoom in',
    'map.schematic': 'Sketch map: it shows roughly where the workstations are; it is not a real map.',
    'map.unmapped': 'Not on the map yet, only in the list: {count}.',
    'map.here': 'You are here',
    'map.label': 'Map of workstations. Move it with the arrow keys; zoom with plus and minus.',
  },
};
