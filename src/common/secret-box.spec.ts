import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32));

  it('round-trips and never stores the plaintext', () => {
    const sealed = box.seal('hunter2-imap-password', 'mailbox-1');
    expect(sealed).not.toContain('hunter2');
    expect(box.open(sealed, 'mailbox-1')).toBe('hunter2-imap-password');
    expect(box.seal('same', 'x')).not.toBe(box.seal('same', 'x'));
  });

  it('refuses a tampered ciphertext, another context, or another key', () => {
    const sealed = box.seal('secret', 'mailbox-1');
    expect(() => box.open(sealed, 'mailbox-2')).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed, 'mailbox-1')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'), 'mailbox-1')).toThrow();
  });
});
