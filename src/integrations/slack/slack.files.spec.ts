import { onSlackFileHost } from './slack.files';

describe('onSlackFileHost', () => {
  it.each([
    ['https://files.slack.com/files-pri/T1-F1/download/a.pdf', 'https://slack.com/api/', true],
    ['https://files.slack-gov.com/files-pri/T1-F1/a.pdf', 'https://slack-gov.com/api/', true],
    ['http://127.0.0.1:4000/files-pri/T1-F1/a.pdf', 'http://127.0.0.1:4000/api/', true],
    ['https://evil.example/files-pri/T1-F1/a.pdf', 'https://slack.com/api/', false],
    ['https://slack.com.evil.example/a.pdf', 'https://slack.com/api/', false],
    ['http://files.slack.com/a.pdf', 'https://slack.com/api/', false],
  ])('%s (API %s) → %s', (url, api, expected) => {
    expect(onSlackFileHost(url, api)).toBe(expected);
  });
});
