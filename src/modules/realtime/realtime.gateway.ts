import { Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { OnGatewayConnection, OnGatewayDisconnect, WebSocketGateway } from '@nestjs/websockets';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import type { DomainEvent } from '../../common/domain-events';
import { LiveEventRelay } from './live-event-relay';
import { looksLikeJwt } from '../auth/api-key.codec';
import { AuthService } from '../auth/auth.service';
import type { JwtClaims } from '../auth/jwt.strategy';
import type { Principal } from '../auth/principal';

const CLOSE_UNAUTHORIZED = 4401;

/**
 * WebSocket at /live: authenticate with `?token=<API key or JWT>` or an Authorization header;
 * each connection joins its organization's room and receives only that organization's events.
 */
@WebSocketGateway({ path: '/live' })
export class RealtimeGateway implements OnGatewayConnection, OnGatewayDisconnect, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Realtime');
  private readonly rooms = new Map<string, Set<WebSocket>>();
  private unsubscribe?: () => void;

  constructor(
    private readonly auth: AuthService,
    private readonly jwt: JwtService,
    private readonly relay: LiveEventRelay,
  ) {}

  onModuleInit() {
    this.unsubscribe = this.relay.onEvent(
      (event) => this.broadcast(event),
      () => this.rooms.size > 0,
    );
  }

  onModuleDestroy() {
    this.unsubscribe?.();
  }

  async handleConnection(client: WebSocket, request: IncomingMessage) {
    const principal = await this.authenticate(request).catch(() => null);
    if (!principal?.organizationId) {
      client.close(CLOSE_UNAUTHORIZED, 'unauthorized: send ?token=<API key or JWT> of an organization');
      return;
    }
    const room = this.rooms.get(principal.organizationId) ?? new Set<WebSocket>();
    room.add(client);
    this.rooms.set(principal.organizationId, room);
    (client as WebSocket & { organizationId?: string }).organizationId = principal.organizationId;
    client.send(JSON.stringify({ type: 'ready', organizationId: principal.organizationId }));
  }

  handleDisconnect(client: WebSocket) {
    const organizationId = (client as WebSocket & { organizationId?: string }).organizationId;
    if (!organizationId) return;
    const room = this.rooms.get(organizationId);
    room?.delete(client);
    if (room && room.size === 0) this.rooms.delete(organizationId);
  }

  private broadcast(event: DomainEvent) {
    if (!event.organizationId) return;
    const room = this.rooms.get(event.organizationId);
    if (!room) return;
    const message = JSON.stringify({ type: event.type, at: event.at, data: event.payload }, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
    for (const client of room) {
      if (client.readyState === client.OPEN) client.send(message);
    }
  }

  private async authenticate(request: IncomingMessage): Promise<Principal | null> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const header = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const token = url.searchParams.get('token') ?? header;
    if (!token) return null;
    const organization = url.searchParams.get('organizationId') ?? undefined;
    if (looksLikeJwt(token)) {
      const claims = await this.jwt.verifyAsync<JwtClaims>(token);
      return this.auth.principalFromJwt(claims, organization);
    }
    return this.auth.principalFromApiKey(token, organization);
  }
}
