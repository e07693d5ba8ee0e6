import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant's own role: a name mapped to permissions from the catalogue. */
@Entity({ name: 'roles', schema: 'identity' })
export class RoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true })
  permissions!: string[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** A role as the API shows it: built-in roles have no id or creation time. */
export interface RoleDefinition {
  id: string | null;
  name: string;
  permissions: string[];
  builtIn: boolean;
  createdAt: Date | null;
}
