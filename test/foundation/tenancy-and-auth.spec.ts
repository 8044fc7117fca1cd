import { bearer, createOrganizationWithKey, startTestApp, TestApp } from '../support/test-app';
import { DATABASE_KINDS } from '../support/databases';

describe.each(DATABASE_KINDS)('organizations, keys and tenancy on %s', (database) => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof createOrganizationWithKey>>;
  let b: Awaited<ReturnType<typeof createOrganizationWithKey>>;

  beforeAll(async () => {
    t = await startTestApp({ database });
    a = await createOrganizationWithKey(t, 'Alpha Ltd');
    b = await createOrganizationWithKey(t, 'Beta GmbH');
  });
  afterAll(() => t.close());

  it('serves /health without credentials', async () => {
    const res = await t.http().get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', checks: { storage: { status: 'ok', kind: database } } });
  });

  it('lets the bootstrap token act as platform admin', async () => {
    const me = await t.http().get('/api/v1/me').set(bearer(t.adminKey)).expect(200);
    expect(me.body.user).toMatchObject({ isPlatformAdmin: true });
    const list = await t.http().get('/api/v1/organizations').set(bearer(t.adminKey)).expect(200);
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(expect.arrayContaining(['Alpha Ltd', 'Beta GmbH']));
  });

  it('shows each key its own organization at /me', async () => {
    const meA = await t.http().get('/api/v1/me').set(bearer(a.key)).expect(200);
    expect(meA.body.organization).toMatchObject({ id: a.organizationId, name: 'Alpha Ltd' });
    expect(meA.body.role).toBe('owner');
    const meB = await t.http().get('/api/v1/me').set(bearer(b.key)).expect(200);
    expect(meB.body.organization.id).toBe(b.organizationId);
  });

  it("answers 404 for another organization's rows", async () => {
    await t.http().get(`/api/v1/organizations/${b.organizationId}`).set(bearer(a.key)).expect(404);
    await t.http().get(`/api/v1/organizations/${b.organizationId}/api-keys`).set(bearer(a.key)).expect(404);
    await t.http().get(`/api/v1/organizations/${b.organizationId}/members`).set(bearer(a.key)).expect(404);
    const res = await t.http().delete(`/api/v1/organizations/${b.organizationId}/api-keys/${b.keyId}`).set(bearer(a.key)).expect(404);
    expect(res.body.error.code).toBe('not_found');
    // and the key of B still works
    await t.http().get('/api/v1/me').set(bearer(b.key)).expect(200);
    await t.http().get(`/api/v1/organizations/${a.organizationId}`).set(bearer(a.key)).expect(200);
  });

  it('keeps platform-only routes for platform admins', async () => {
    const res = await t.http().post('/api/v1/organizations').set(bearer(a.key)).send({ name: 'Sneaky' }).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    await t.http().get('/api/v1/organizations').set(bearer(a.key)).expect(403);
  });

  it('shows a key once, stores only its hash, and rejects it after revocation', async () => {
    const created = await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(a.key)).send({ name: 'temp', role: 'member' }).expect(201);
    expect(created.body.key).toMatch(/^stw_/);
    const stored = await t.db.query('SELECT key_hash, prefix FROM api_keys WHERE id = $1', [created.body.id]);
    expect(stored[0].key_hash).not.toContain(created.body.key);
    expect(created.body.key.startsWith(stored[0].prefix)).toBe(true);
    const list = await t.http().get(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(a.key)).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    await t.http().get('/api/v1/me').set(bearer(created.body.key)).expect(200);
    const listed = await t.http().get(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(a.key)).expect(200);
    expect(listed.body.items.find((k: { id: string }) => k.id === created.body.id).lastUsedAt).not.toBeNull();
    await t.http().delete(`/api/v1/organizations/${a.organizationId}/api-keys/${created.body.id}`).set(bearer(a.key)).expect(200);
    const res = await t.http().get('/api/v1/me').set(bearer(created.body.key)).expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it("refuses a member's admin writes with 403", async () => {
    const member = await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(a.key)).send({ name: 'member', role: 'member' }).expect(201);
    const key = member.body.key as string;
    await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(key)).send({ name: 'x', role: 'member' }).expect(403);
    await t.http().post(`/api/v1/organizations/${a.organizationId}/members`).set(bearer(key)).send({ email: 'x@example.com', role: 'member' }).expect(403);
    await t.http().patch(`/api/v1/organizations/${a.organizationId}`).set(bearer(key)).send({ name: 'Renamed' }).expect(403);
    // reads are fine
    await t.http().get(`/api/v1/organizations/${a.organizationId}/members`).set(bearer(key)).expect(200);
  });

  it('does not let an admin mint an owner key', async () => {
    const admin = await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(a.key)).send({ name: 'admin', role: 'admin' }).expect(201);
    await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(admin.body.key)).send({ name: 'owner', role: 'owner' }).expect(403);
    await t.http().post(`/api/v1/organizations/${a.organizationId}/api-keys`).set(bearer(admin.body.key)).send({ name: 'member', role: 'member' }).expect(201);
  });

  it('keeps the last owner, and lets members log in with a password', async () => {
    const owner = await t.http().post(`/api/v1/organizations/${a.organizationId}/members`).set(bearer(a.key)).send({ email: 'Owner@Alpha.example', role: 'owner', password: 'correct horse battery' }).expect(201);
    expect(owner.body.email).toBe('owner@alpha.example');
    const login = await t.http().post('/api/v1/auth/login').send({ email: 'owner@alpha.example', password: 'correct horse battery' }).expect(200);
    const jwt = login.body.accessToken as string;
    const me = await t.http().get('/api/v1/me').set(bearer(jwt)).expect(200);
    expect(me.body).toMatchObject({ organization: { id: a.organizationId }, role: 'owner', via: 'user' });
    await t.http().post('/api/v1/auth/login').send({ email: 'owner@alpha.example', password: 'wrong password!!' }).expect(401);
    // the only owner cannot be removed or demoted
    const res = await t.http().delete(`/api/v1/organizations/${a.organizationId}/members/${owner.body.id}`).set(bearer(jwt)).expect(409);
    expect(res.body.error.code).toBe('last_owner');
    await t.http().patch(`/api/v1/organizations/${a.organizationId}/members/${owner.body.id}`).set(bearer(jwt)).send({ role: 'admin' }).expect(409);
    // with a second owner, the first may go
    const second = await t.http().post(`/api/v1/organizations/${a.organizationId}/members`).set(bearer(jwt)).send({ email: 'second@alpha.example', role: 'owner' }).expect(201);
    await t.http().delete(`/api/v1/organizations/${a.organizationId}/members/${owner.body.id}`).set(bearer(jwt)).expect(200);
    await t.http().delete(`/api/v1/organizations/${a.organizationId}/members/${second.body.id}`).set(bearer(t.adminKey)).expect(409);
    // a JWT whose membership is gone no longer acts in that organization
    await t.http().get('/api/v1/me').set(bearer(jwt)).expect(401);
  });

  it('rejects missing and malformed credentials with 401 in the error shape', async () => {
    const none = await t.http().get('/api/v1/me').expect(401);
    expect(none.body).toEqual({ error: expect.objectContaining({ code: 'unauthorized', message: expect.any(String) }) });
    await t.http().get('/api/v1/me').set(bearer('stw_not_a_real_key')).expect(401);
    await t.http().get('/api/v1/me').set(bearer('aaa.bbb.ccc')).expect(401);
  });

  it('names the bad field in validation errors and rejects bad JSON clearly', async () => {
    const res = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).send({ name: 'X', plan: 'gold' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.fields).toHaveProperty('plan');
    expect(res.body.error.message).toMatch(/plan/);
    const bad = await t.http().post('/api/v1/organizations').set(bearer(t.adminKey)).set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expect(bad.body.error.message).toMatch(/JSON/);
  });

  it('lets platform admins change plans and nobody else', async () => {
    await t.http().patch(`/api/v1/organizations/${a.organizationId}`).set(bearer(a.key)).send({ plan: 'enterprise' }).expect(403);
    const res = await t.http().patch(`/api/v1/organizations/${a.organizationId}`).set(bearer(t.adminKey)).send({ plan: 'pro' }).expect(200);
    expect(res.body.plan).toBe('pro');
    const plans = await t.http().get('/api/v1/plans').set(bearer(a.key)).expect(200);
    expect(plans.body.map((p: { name: string; monthlyTasks: number; monthlyPosts: number; monthlyEmails: number }) => [p.name, p.monthlyTasks, p.monthlyPosts, p.monthlyEmails])).toEqual([
      ['free', 10, 5, 3],
      ['pro', 100, 50, 25],
      ['enterprise', 1000, 500, 250],
    ]);
  });

  it('records every write in the audit log with actor, target and request id', async () => {
    const res = await t.http().post(`/api/v1/organizations/${b.organizationId}/api-keys`).set(bearer(b.key)).set('X-Request-Id', 'req-audit-1').send({ name: 'audited', role: 'member' }).expect(201);
    const logs = await t.http().get('/api/v1/audit-logs?action=api_key.create').set(bearer(b.key)).expect(200);
    const row = logs.body.items.find((item: { targetId: string }) => item.targetId === res.body.id);
    expect(row).toMatchObject({ organizationId: b.organizationId, actorType: 'api_key', actorId: b.keyId, action: 'api_key.create', requestId: 'req-audit-1' });
    // A's admin log never shows B's rows
    const other = await t.http().get('/api/v1/audit-logs').set(bearer(a.key)).expect(200);
    expect(other.body.items.every((item: { organizationId: string }) => item.organizationId === a.organizationId)).toBe(true);
    const filtered = await t.http().get(`/api/v1/audit-logs?actor=${b.keyId}&from=2000-01-01`).set(bearer(b.key)).expect(200);
    expect(filtered.body.items.length).toBeGreaterThan(0);
    await t.http().get('/api/v1/audit-logs?from=yesterday').set(bearer(b.key)).expect(400);
  });

  it('exposes Prometheus metrics with route-labelled latency and the OpenAPI document', async () => {
    const metrics = await t.http().get('/metrics').expect(200);
    expect(metrics.text).toMatch(/steward_http_request_duration_seconds_bucket\{[^}]*route="\/api\/v1\/me"[^}]*status="200"/);
    const docs = await t.http().get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/api/v1/organizations', '/api/v1/me', '/health']));
  });
});
