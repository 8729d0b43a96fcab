import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };

/**
 * E-mail over SMTP (SMTP_URL, MAIL_FROM). Sending is never on a request's path: notification deliveries are queued in
 * PostgreSQL and sent by the delivery worker, so an unreachable server only delays mail and is shown as failing.
 */
export class Mailer {
  private readonly transport;
  constructor(
    readonly url: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    } as never);
  }

  async send(m: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: m.to, subject: m.subject, text: m.text });
  }

  /** Where mail goes, without credentials, for the status view. */
  get server(): string {
    const u = new URL(this.url);
    return `${u.protocol}//${u.hostname}:${u.port || (u.protocol === 'smtps:' ? 465 : 587)}`;
  }

  close(): void {
    this.transport.close();
  }
}
