import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@zhanggui/api-platform';

/** An agent-facing knowledge-base article about a product or a procedure. */
@Entity('kb_article')
export class KbArticle extends VersionedEntity {
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'uuid', nullable: true }) productId!: string | null;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) tags!: string[];
  @Column({ type: 'boolean', default: true }) published!: boolean;
  @Column({ type: 'text', default: '' }) searchText!: string;
}
