import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError } from '../../common/domain-error';
import { downloadAttachment } from './attachment-download';

/** A loopback file host: /ok, /big (streams past the limit), /missing, /login (an HTML page with 200). */
describe('downloadAttachment', () => {
  let server: Server;
  let base: string;
  const hits: { path: string; authorization?: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? '', authorization: req.headers.authorization });
      if (req.url === '/ok') return void res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end('a,b\n1,2\n');
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        const chunk = Buffer.alloc(64 * 1024, 1);
        let sent = 0;
        const pump = () => {
          while (sent < 1024 * 1024 && res.write(chunk)) sent += chunk.length;
          if (sent < 1024 * 1024) res.once('drain', pump);
          else res.end();
        };
        return pump();
      }
      if (req.url === '/login') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => void (hits.length = 0));

  const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: DomainError) => ({ code: error.code, message: error.message }));

  it('returns the bytes as base64, with the headers it was given and the served type when none is known', async () => {
    const file = await downloadAttachment({ url: `${base}/ok`, filename: 'rows.csv', headers: { authorization: 'Bearer xoxb-1' } });
    expect(file).toEqual({ filename: 'rows.csv', mimeType: 'text/csv', contentBase64: Buffer.from('a,b\n1,2\n').toString('base64') });
    expect(hits).toEqual([{ path: '/ok', authorization: 'Bearer xoxb-1' }]);
  });

  it('refuses an announced size over the limit without fetching anything', async () => {
    expect(await failure(downloadAttachment({ url: `${base}/ok`, filename: 'scan.pdf', size: 3 * 1024 * 1024 }, { maxBytes: 2 * 1024 * 1024 }))).toEqual({
      code: 'payload_too_large',
      message: 'scan.pdf is 3 MB; a file for `run` can be up to 2 MB.',
    });
    expect(hits).toHaveLength(0);
  });

  it('stops reading a file that turns out bigger than announced', async () => {
    expect(await failure(downloadAttachment({ url: `${base}/big`, filename: 'scan.pdf', size: 10 }, { maxBytes: 256 * 1024 }))).toEqual({
      code: 'payload_too_large',
      message: 'scan.pdf is more than 0.3 MB; a file for `run` can be up to 0.3 MB.',
    });
  });

  it('says so when the host does not hand the file over', async () => {
    expect(await failure(downloadAttachment({ url: `${base}/missing`, filename: 'gone.pdf' }))).toEqual({ code: 'unavailable', message: 'I could not download gone.pdf (HTTP 404); please attach it again.' });
    const refuse = (response: Response) => (response.headers.get('content-type') === 'text/html' ? 'a sign-in page came back' : undefined);
    expect(await failure(downloadAttachment({ url: `${base}/login`, filename: 'a.pdf' }, { refuse }))).toEqual({
      code: 'unavailable',
      message: 'I could not download a.pdf (a sign-in page came back); please attach it again.',
    });
    expect(await failure(downloadAttachment({ url: 'http://127.0.0.1:9/nothing-listens', filename: 'a.pdf' }))).toMatchObject({ code: 'unavailable' });
  });
});
