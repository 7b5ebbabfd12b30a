// A node:test reporter that writes { passed, failed } as JSON, for the final summary line.
export default async function* counter(source) {
  const counts = { passed: 0, failed: 0 };
  for await (const event of source) {
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip && !event.data.todo) counts.passed++;
    if (event.type === 'test:fail') counts.failed++;
  }
  yield JSON.stringify(counts);
}
