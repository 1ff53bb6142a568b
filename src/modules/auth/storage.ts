// Organizations and their API keys in the database: the only place that reads or writes those tables.
import type { ApiKey, PrismaClient } from '../../generated/prisma/client.js';

export type StoredApiKey = ApiKey & { organization: { slug: string } };

export class ApiKeyStorage {
  constructor(private readonly prisma: PrismaClient) {}

  /** The organization with this slug, created (named after it) when it does not exist yet. */
  async organizationId(slug: string): Promise<string> {
    const organization = await this.prisma.organization.upsert({ where: { slug }, create: { slug, name: slug }, update: {} });
    return organization.id;
  }

  /** The first `take` organizations' slugs, in alphabetical order. */
  async organizationSlugs(take: number): Promise<string[]> {
    const organizations = await this.prisma.organization.findMany({ select: { slug: true }, orderBy: { slug: 'asc' }, take });
    return organizations.map((organization) => organization.slug);
  }

  async organizationCount(): Promise<number> {
    return this.prisma.organization.count();
  }

  async create(key: { organizationId: string; prefix: string; hash: string; label: string | null }): Promise<StoredApiKey> {
    return this.prisma.apiKey.create({ data: key, include: { organization: { select: { slug: true } } } });
  }

  async all(): Promise<StoredApiKey[]> {
    return this.prisma.apiKey.findMany({
      include: { organization: { select: { slug: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  async ofOrganization(organizationId: string): Promise<StoredApiKey[]> {
    return this.prisma.apiKey.findMany({
      where: { organizationId },
      include: { organization: { select: { slug: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /** The key with this prefix, in `organizationId` only when given. */
  async byPrefix(prefix: string, organizationId?: string): Promise<StoredApiKey | null> {
    const found = await this.prisma.apiKey.findUnique({ where: { prefix }, include: { organization: { select: { slug: true } } } });
    return found && (organizationId === undefined || found.organizationId === organizationId) ? found : null;
  }

  async revoke(id: string, at: Date): Promise<StoredApiKey> {
    return this.prisma.apiKey.update({ where: { id }, data: { revokedAt: at }, include: { organization: { select: { slug: true } } } });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.prisma.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
  }
}
