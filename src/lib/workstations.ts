import { getCollection } from 'astro:content';
import { parseWorkstationDirectory } from '../../components/workstation-map/exceptions.js';
import { unmapped, type WorkstationDirectory, type WorkstationFile } from '../../components/workstation-map/workstations.js';

/** The content loader's parser: the widget's own, plus a build warning for each workstation it cannot map. */
export function parseWorkstationFile(raw: unknown, where: string): WorkstationDirectory {
  const directory = parseWorkstationDirectory(raw, where);
  for (const ws of unmapped(directory)) {
    const index = directory.workstations.indexOf(ws);
    console.warn(
      `${where}: warning: workstation "${ws.id}" has no coordinates (field "workstations.${index}.location"); it is listed but not shown on the map`,
    );
  }
  return directory;
}

/** Every file under content/workstations/ merged into one directory; an id used in two files stops the build. */
export async function getWorkstations(): Promise<WorkstationDirectory> {
  const entries = await getCollection('workstations');
  const files = entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data as WorkstationDirectory }));
  const owner = new Map<string, string>();
  for (const { file, data } of files) {
    for (const ws of data.workstations) {
      const other = owner.get(ws.id);
      if (other)
        throw new Error(
          `${file}: invalid content. field "workstations.${data.workstations.indexOf(ws)}.id" "${ws.id}" is already used in ${other}`,
        );
      owner.set(ws.id, file);
    }
  }
  const districts = new Map(files.flatMap(({ data }) => data.districts.map((d) => [d.id, d] as const)));
  return {
    sample: files.some(({ data }) => data.sample),
    region: files[0]?.data.region ?? '',
    timezone: 'Asia/Shanghai',
    districts: [...districts.values()],
    workstations: files.flatMap(({ data }) => data.workstations),
  };
}

/**
 * The directory as the data file writes it (HSDS: a workstation's dated exceptions among its `schedules`),
 * which is what the widget and partners read from /data/workstations.json. The parsed form keeps them apart.
 */
export function toWorkstationFile(directory: WorkstationDirectory): WorkstationFile {
  return {
    ...directory,
    workstations: directory.workstations.map(({ exceptions, unreadable: _unreadable, schedules, ...ws }) => ({
      ...ws,
      schedules: [...schedules, ...exceptions],
    })),
  };
}
