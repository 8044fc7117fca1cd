import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * ts-jest compiles each file on its own (isolatedModules) and reports no type errors, so a type
 * error in a test, a benchmark or a script would pass the suite: the whole project is
 * type-checked here, as `npm run typecheck` does.
 */
describe('the TypeScript sources', () => {
  it('type-check: src, test, bench and scripts', async () => {
    const root = resolve(__dirname, '../..');
    const { failed, output } = await new Promise<{ failed: boolean; output: string }>((done) =>
      execFile(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: root, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        done({ failed: Boolean(error), output: `${stdout}${stderr}` }),
      ),
    );
    expect(output).toBe('');
    expect(failed).toBe(false);
  });
});
