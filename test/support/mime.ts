/** A raw multipart/mixed message: a short text part and one base64 attachment (CRLF line ends). */
export function mailWithAttachment(mail: { from: string; to: string; subject: string; text: string; attachment: { filename: string; contentType: string; content: Buffer } }): string {
  const base64 = mail.attachment.content.toString('base64').replace(/(.{76})/g, '$1\r\n');
  return [
    `From: ${mail.from}`,
    `To: ${mail.to}`,
    `Subject: ${mail.subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    mail.text,
    '--b1',
    `Content-Type: ${mail.attachment.contentType}; name="${mail.attachment.filename}"`,
    `Content-Disposition: attachment; filename="${mail.attachment.filename}"`,
    'Content-Transfer-Encoding: base64',
    '',
    base64,
    '--b1--',
    '',
  ].join('\r\n');
}
