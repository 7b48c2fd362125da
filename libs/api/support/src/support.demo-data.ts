import { Injectable } from '@nestjs/common';
import { UsersService } from '@zhanggui/api-identity';
import { CustomersService } from '@zhanggui/api-orders';
import { DemoData, DemoDataSeeder, OFFICE_HOURS, TransactionalConnection } from '@zhanggui/api-platform';
import { KbArticle } from './answers/kb-article.entity';
import { StandardAnswer } from './answers/standard-answer.entity';
import { FollowUpRule } from './follow-ups/follow-up-rule.entity';
import { KeyAccountRule } from './key-accounts/key-account.entities';
import { SupportQueue } from './queues/support-queue.entity';
import { SlaPolicy } from './sla/sla-policy.entity';
import { TicketsService } from './tickets/tickets.service';
import type { TicketCategory, TicketChannel, TicketPriority } from './tickets/ticket-states';

const DESK = [{ start: '09:00', end: '21:00' }];
const DEMO_QUEUES = ['GENERAL', 'AFTER-SALES'];

const ANSWERS: Array<[string, string, TicketCategory, string]> = [
  [
    'SHIP-WHERE',
    '物流查询',
    'order',
    '{{customerName}}您好，您的订单{{orderNumber}}已由{{carrier}}发出，运单号{{trackingNumber}}，请留意查收。',
  ],
  [
    'RETURN-HOW',
    '退货流程',
    'after-sales',
    '{{customerName}}您好，签收后 7 天内可申请退货。我们已为订单{{orderNumber}}登记，快递员将上门取件。',
  ],
  [
    'APOLOGY',
    '致歉',
    'complaint',
    '{{customerName}}您好，给您带来不便非常抱歉。工单{{ticketNumber}}已升级处理，{{agentName}}会持续跟进。',
  ],
  ['PRESALE-STOCK', '到货咨询', 'pre-sales', '{{customerName}}您好，该商品目前有货，下单后 48 小时内发货。'],
];

const TICKETS: Array<[string, TicketChannel, TicketCategory, TicketPriority, string]> = [
  ['快递三天没有更新', 'phone', 'order', 'high', '我的快递三天没有物流信息了。'],
  ['收到的商品有破损', 'web', 'after-sales', 'urgent', '外包装完好，但里面的杯子碎了。'],
  ['想了解企业批量采购', 'email', 'pre-sales', 'normal', '我们公司想采购 200 份，有没有优惠？'],
  ['配送员态度差', 'chat', 'complaint', 'high', '配送员把包裹扔在门口。'],
  ['建议增加夜间配送', 'web', 'suggestion', 'low', '下班后才能收货。'],
];

/** Queues, SLA policies, standard answers, rules and a few tickets in different states. */
@Injectable()
@DemoData({ order: 50 })
export class SupportDemoData implements DemoDataSeeder {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly tickets: TicketsService,
    private readonly customers: CustomersService,
    private readonly users: UsersService,
  ) {}

  async seed(): Promise<string | void> {
    if (await this.connection.getRepository(SupportQueue).exists()) return this.staffQueues();
    const queues = this.connection.getRepository(SupportQueue);
    const general = await queues.save(
      queues.create({
        code: 'GENERAL',
        name: '综合咨询',
        description: '售前与订单问题',
        teamOrgUnitId: null,
        leadUserId: null,
      }),
    );
    await queues.save(
      queues.create({
        code: 'AFTER-SALES',
        name: '售后',
        description: '退换货与投诉',
        teamOrgUnitId: null,
        leadUserId: null,
      }),
    );
    const policies = this.connection.getRepository(SlaPolicy);
    await policies.save([
      policies.create({
        name: '默认',
        priority: null,
        category: null,
        firstResponseMinutes: 240,
        resolutionMinutes: 3 * 720,
        deskHours: DESK,
      }),
      policies.create({
        name: '紧急',
        priority: 'urgent',
        category: null,
        firstResponseMinutes: 30,
        resolutionMinutes: 480,
        deskHours: DESK,
      }),
      policies.create({
        name: '投诉',
        priority: null,
        category: 'complaint',
        firstResponseMinutes: 60,
        resolutionMinutes: 720,
        deskHours: [...OFFICE_HOURS],
      }),
    ]);
    const answers = this.connection.getRepository(StandardAnswer);
    for (const [code, title, category, body] of ANSWERS)
      await answers.save(
        answers.create({
          code,
          title,
          category,
          body,
          tags: [],
          searchText: `${code} ${title} ${body}`.toLowerCase(),
        }),
      );
    const kb = this.connection.getRepository(KbArticle);
    await kb.save(
      kb.create({
        title: '保温杯使用与清洁',
        body: '首次使用前用沸水烫洗；不可放入洗碗机。保温 12 小时。',
        productId: null,
        tags: ['保温杯'],
        searchText: '保温杯使用与清洁 首次使用前用沸水烫洗；不可放入洗碗机。保温 12 小时。',
      }),
    );
    const rules = this.connection.getRepository(FollowUpRule);
    await rules.save([
      rules.create({
        name: '签收后 3 天回访',
        trigger: 'order-delivered',
        delayDays: 3,
        queueId: general.id,
        instructions: '询问商品是否满意、有无破损',
      }),
      rules.create({
        name: '工单解决后 1 天回访',
        trigger: 'ticket-resolved',
        delayDays: 1,
        queueId: null,
        instructions: '确认问题已解决并请客户评分',
      }),
    ]);
    const accounts = this.connection.getRepository(KeyAccountRule);
    await accounts.save([
      accounts.create({
        name: '90 天消费满 5000 元',
        kind: 'order-amount',
        windowDays: 90,
        threshold: 500_000,
      }),
      accounts.create({ name: '企业客户 2 单以上', kind: 'company-buyer', windowDays: 180, threshold: 2 }),
    ]);
    const customers = await this.customers.someActiveCustomers(5);
    let opened = 0;
    for (const [index, [subject, channel, category, priority, description]] of TICKETS.entries()) {
      const customerId = customers[index % Math.max(customers.length, 1)];
      if (!customerId) break;
      const ticket = await this.tickets.create({
        subject,
        channel,
        category,
        priority,
        description,
        customerId,
      });
      if (index === 1)
        await this.tickets.addMessage(ticket.id, {
          kind: 'reply',
          body: '非常抱歉，我们马上为您补发。',
          thenStatus: 'waiting_on_customer',
        });
      if (index === 4)
        await this.tickets.addMessage(ticket.id, {
          kind: 'reply',
          body: '感谢建议，已转交物流部门。',
          thenStatus: 'resolved',
        });
      opened++;
    }
    const staffed = await this.staffQueues();
    return `support: 2 queues, 3 SLA policies, ${ANSWERS.length} standard answers, ${opened} tickets${staffed ? `; ${staffed}` : ''}`;
  }

  /**
   * Puts every customer-service agent and lead who is in no queue yet into both demo queues, on every demo
   * start: identity's demo data has no users, so the agents an administrator creates in the console see the
   * demo tickets after the next `npm start` (or once the lead adds them to a queue).
   */
  private async staffQueues(): Promise<string | void> {
    const queues = await this.connection
      .getRepository(SupportQueue)
      .findBy(DEMO_QUEUES.map((code) => ({ code })));
    if (queues.length === 0) return;
    const staff = [
      ...(await this.users.holdersOf('customer-service-agent', null)),
      ...(await this.users.holdersOf('customer-service-lead', null)),
    ];
    let added = 0;
    for (const user of new Map(staff.map((u) => [u.id, u])).values()) {
      const [{ member }] = await this.connection.manager.query(
        `SELECT EXISTS (SELECT 1 FROM support_queue_member WHERE user_id = $1) AS member`,
        [user.id],
      );
      if (member) continue;
      for (const queue of queues)
        await this.connection.manager.query(
          `INSERT INTO support_queue_member (queue_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
          [queue.id, user.id],
        );
      added++;
    }
    if (added) return `support: ${added} customer-service users added to the demo queues`;
  }
}
