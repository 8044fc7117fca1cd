import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, ForbiddenError, NotFoundError } from '../../common/domain-error';
import { DomainEvents } from '../../common/domain-events';
import { normaliseEmail } from '../auth/auth.service';
import { User } from '../auth/entities/user.entity';
import { hashPassword } from '../auth/password-hasher';
import { assertSameOrganization, Principal } from '../auth/principal';
import { Membership, Role, roleAtLeast } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { Plan, PlanName } from './entities/plan.entity';
import type { AddMemberDto, CreateOrganizationDto, UpdateOrganizationDto } from './dto/organization.dto';

export const ORGANIZATION_CREATED = 'organization.created';
export const ORGANIZATION_PLAN_CHANGED = 'organization.plan_changed';

@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEvents,
  ) {}

  async create(input: CreateOrganizationDto, principal: Principal | null) {
    const { organization, owner } = await this.db.transaction(async (tx) => {
      const organization = await tx.getRepository(Organization).save(tx.getRepository(Organization).create({ name: input.name.trim(), plan: input.plan ?? 'free' }));
      let owner: User | null = null;
      if (input.ownerEmail) {
        owner = await this.findOrCreateUser(tx, input.ownerEmail, input.ownerName, input.ownerPassword);
        await tx.getRepository(Membership).insert({ organizationId: organization.id, userId: owner.id, role: 'owner' });
      } else if (principal?.userId && !principal.isPlatformAdmin) {
        await tx.getRepository(Membership).insert({ organizationId: organization.id, userId: principal.userId, role: 'owner' });
      }
      return { organization, owner };
    });
    this.events.publish(ORGANIZATION_CREATED, organization.id, { organizationId: organization.id, ownerUserId: owner?.id ?? null, ownerEmail: owner?.email ?? null });
    return this.view(organization);
  }

  async get(id: string, principal: Principal) {
    assertSameOrganization(principal, id);
    return this.view(await this.load(id));
  }

  async list(limit = 100, offset = 0) {
    const [rows, total] = await this.db.getRepository(Organization).findAndCount({ order: { createdAt: 'ASC' }, take: Math.min(limit, 500), skip: offset });
    return { items: rows.map((row) => this.view(row)), total };
  }

  async update(id: string, input: UpdateOrganizationDto, principal: Principal) {
    assertSameOrganization(principal, id);
    if (input.plan !== undefined && !principal.isPlatformAdmin) throw new ForbiddenError('Only platform admins change plans.');
    if (!principal.isPlatformAdmin && !roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('This needs the admin role or higher.');
    const organization = await this.load(id);
    if (input.name !== undefined) organization.name = input.name.trim();
    const planChanged = input.plan !== undefined && input.plan !== organization.plan;
    if (input.plan !== undefined) organization.plan = input.plan;
    const saved = await this.db.getRepository(Organization).save(organization);
    if (planChanged) this.events.publish(ORGANIZATION_PLAN_CHANGED, id, { plan: saved.plan });
    return this.view(saved);
  }

  async planOf(organizationId: string): Promise<Plan> {
    const organization = await this.load(organizationId);
    const plan = await this.db.getRepository(Plan).findOneBy({ name: organization.plan });
    if (!plan) throw new DomainError('internal_error', `Plan ${organization.plan} is missing from the plans table.`);
    return plan;
  }

  listPlans() {
    return this.db.getRepository(Plan).find({ order: { monthlyTasks: 'ASC' } });
  }

  async members(organizationId: string, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    await this.load(organizationId);
    const rows = await this.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .innerJoin(User, 'u', 'u.id = m.user_id')
      .select(['m.id AS id', 'm.role AS role', 'm.created_at AS "createdAt"', 'u.id AS "userId"', 'u.email AS email', 'u.name AS name'])
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('m.created_at', 'ASC')
      .getRawMany();
    return { items: rows };
  }

  async addMember(organizationId: string, input: AddMemberDto, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    this.assertMayGrant(principal, input.role);
    return this.db.transaction(async (tx) => {
      await this.lockOrganization(tx, organizationId);
      const user = await this.findOrCreateUser(tx, input.email, input.name, input.password);
      const existing = await tx.getRepository(Membership).findOneBy({ organizationId, userId: user.id });
      if (existing) throw new DomainError('conflict', `${user.email} is already a member (${existing.role}).`);
      const membership = await tx.getRepository(Membership).save(tx.getRepository(Membership).create({ organizationId, userId: user.id, role: input.role }));
      return { id: membership.id, userId: user.id, email: user.email, role: membership.role, passwordSet: user.passwordHash !== null };
    });
  }

  async changeRole(organizationId: string, membershipId: string, role: Role, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    this.assertMayGrant(principal, role);
    return this.db.transaction(async (tx) => {
      await this.lockOrganization(tx, organizationId);
      const membership = await tx.getRepository(Membership).findOneBy({ id: membershipId, organizationId });
      if (!membership) throw new NotFoundError('Member');
      this.assertMayGrant(principal, membership.role);
      if (membership.role === 'owner' && role !== 'owner') await this.assertAnotherOwner(tx, organizationId, membership.id);
      membership.role = role;
      await tx.getRepository(Membership).save(membership);
      return { id: membership.id, userId: membership.userId, role: membership.role };
    });
  }

  async removeMember(organizationId: string, membershipId: string, principal: Principal) {
    assertSameOrganization(principal, organizationId);
    await this.db.transaction(async (tx) => {
      await this.lockOrganization(tx, organizationId);
      const membership = await tx.getRepository(Membership).findOneBy({ id: membershipId, organizationId });
      if (!membership) throw new NotFoundError('Member');
      const self = membership.userId === principal.userId;
      if (!self) this.assertMayGrant(principal, membership.role);
      if (membership.role === 'owner') await this.assertAnotherOwner(tx, organizationId, membership.id);
      await tx.getRepository(Membership).delete({ id: membership.id });
    });
    return { id: membershipId, removed: true };
  }

  private async load(id: string): Promise<Organization> {
    const organization = await this.db.getRepository(Organization).findOneBy({ id });
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }

  /** Serialises membership changes per organization so two removals cannot both pass the last-owner check. */
  private async lockOrganization(tx: EntityManager, id: string) {
    const rows = await tx.query('SELECT id FROM organizations WHERE id = $1 FOR UPDATE', [id]);
    if (rows.length === 0) throw new NotFoundError('Organization');
  }

  private async assertAnotherOwner(tx: EntityManager, organizationId: string, exceptMembershipId: string) {
    const [{ count }] = await tx.query(
      `SELECT count(*)::int AS count FROM memberships WHERE organization_id = $1 AND role = 'owner' AND id <> $2`,
      [organizationId, exceptMembershipId],
    );
    if (count === 0) throw new DomainError('last_owner', 'An organization must keep at least one owner; make someone else owner first.');
  }

  /** Nobody hands out (or takes away) a role above their own. */
  private assertMayGrant(principal: Principal, role: Role) {
    if (principal.isPlatformAdmin) return;
    if (!roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('This needs the admin role or higher.');
    if (!roleAtLeast(principal.role, role)) throw new ForbiddenError(`Only an ${role} or higher may grant or change the ${role} role.`);
  }

  private async findOrCreateUser(tx: EntityManager, email: string, name?: string, password?: string): Promise<User> {
    const normalised = normaliseEmail(email);
    const repo = tx.getRepository(User);
    const existing = await repo.findOneBy({ email: normalised });
    if (existing) return existing;
    return repo.save(repo.create({ email: normalised, name: name ?? null, passwordHash: password ? await hashPassword(password) : null }));
  }

  private view(organization: Organization) {
    return { id: organization.id, name: organization.name, plan: organization.plan, createdAt: organization.createdAt };
  }
}
