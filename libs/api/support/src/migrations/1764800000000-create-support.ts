import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';

/**
 * Customer support (客服部): queues, SLA policies, tickets with their thread, attachments and history, SLA
 * alerts, standard answers, the knowledge base, follow-up visits, key-account candidates, and the order facts
 * support keeps from the orders module's events.
 */
export class CreateSupport1764800000000 implements MigrationInterface {
  name = 'CreateSupport1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION support_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`);
    const appendOnly = (table: string) =>
      db.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
                  FOR EACH ROW EXECUTE FUNCTION support_append_only()`);

    await db.query(`
      CREATE TABLE support_setting (
        id smallint PRIMARY KEY CHECK (id = 1),
        reopen_window_days integer NOT NULL DEFAULT 7 CHECK (reopen_window_days BETWEEN 0 AND 90),
        warning_percent integer NOT NULL DEFAULT 80 CHECK (warning_percent BETWEEN 1 AND 99),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO support_setting (id) VALUES (1)`);

    await db.query(`
      CREATE TABLE support_queue (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        name varchar(100) NOT NULL,
        description varchar(500),
        team_org_unit_id uuid REFERENCES org_unit (id),
        lead_user_id uuid REFERENCES user_account (id),
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT support_queue_code_key UNIQUE (code)
      )`);
    await db.query(`
      CREATE TABLE support_queue_member (
        queue_id uuid NOT NULL REFERENCES support_queue (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (queue_id, user_id)
      )`);
    await db.query(`CREATE INDEX support_queue_member_user_idx ON support_queue_member (user_id)`);

    await db.query(`
      CREATE TABLE sla_policy (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        priority varchar(8) CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
        category varchar(16) CHECK (category IN ('pre-sales', 'order', 'after-sales', 'complaint', 'suggestion')),
        first_response_minutes integer NOT NULL CHECK (first_response_minutes > 0),
        resolution_minutes integer NOT NULL CHECK (resolution_minutes > 0),
        desk_hours jsonb NOT NULL,
        active boolean NOT NULL DEFAULT true,
        CONSTRAINT sla_policy_scope_key UNIQUE NULLS NOT DISTINCT (priority, category)
      )`);

    await db.query(`
      CREATE TABLE support_ticket (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        subject varchar(200) NOT NULL,
        channel varchar(8) NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'web', 'api')),
        customer_id uuid NOT NULL REFERENCES customer (id),
        order_id uuid,
        return_id uuid,
        category varchar(16) NOT NULL,
        priority varchar(8) NOT NULL,
        status varchar(24) NOT NULL
          CHECK (status IN ('new', 'open', 'waiting_on_customer', 'resolved', 'closed')),
        queue_id uuid NOT NULL REFERENCES support_queue (id),
        assignee_id uuid REFERENCES user_account (id),
        tags text[] NOT NULL DEFAULT '{}',
        sla_policy_id uuid REFERENCES sla_policy (id),
        first_response_due_at timestamptz(3),
        resolution_due_at timestamptz(3),
        first_responded_at timestamptz(3),
        first_response_minutes integer,
        first_response_breached boolean NOT NULL DEFAULT false,
        resolved_at timestamptz(3),
        resolution_minutes integer,
        resolution_breached boolean NOT NULL DEFAULT false,
        closed_at timestamptz(3),
        reopen_count integer NOT NULL DEFAULT 0,
        satisfaction_score smallint CHECK (satisfaction_score BETWEEN 1 AND 5),
        satisfaction_comment varchar(1000),
        CONSTRAINT support_ticket_number_key UNIQUE (number)
      )`);
    await db.query(`CREATE INDEX support_ticket_queue_idx ON support_ticket (queue_id, status, id)`);
    await db.query(`CREATE INDEX support_ticket_assignee_idx ON support_ticket (assignee_id, status, id)`);
    await db.query(`CREATE INDEX support_ticket_customer_idx ON support_ticket (customer_id, created_at)`);
    await db.query(`CREATE INDEX support_ticket_created_idx ON support_ticket (created_at, id)`);
    await db.query(`CREATE INDEX support_ticket_due_idx ON support_ticket (resolution_due_at, id)
                      WHERE status IN ('new', 'open', 'waiting_on_customer')`);
    await db.query(
      `CREATE INDEX support_ticket_resolved_idx ON support_ticket (resolved_at) WHERE resolved_at IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE support_ticket_message (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        ticket_id uuid NOT NULL REFERENCES support_ticket (id),
        -- reply: public, to the customer; note: internal, never shown to the customer; customer: from them.
        kind varchar(8) NOT NULL CHECK (kind IN ('reply', 'note', 'customer')),
        body text NOT NULL,
        standard_answer_id uuid,
        author_kind varchar(8) NOT NULL,
        author_id uuid,
        author_label varchar(200),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX support_ticket_message_ticket_idx ON support_ticket_message (ticket_id, id)`,
    );
    await appendOnly('support_ticket_message');

    await db.query(`
      CREATE TABLE support_ticket_attachment (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        ticket_id uuid NOT NULL REFERENCES support_ticket (id),
        message_id uuid REFERENCES support_ticket_message (id),
        file_name varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        bytes integer NOT NULL,
        storage_key varchar(200) NOT NULL,
        uploaded_by uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX support_ticket_attachment_ticket_idx ON support_ticket_attachment (ticket_id)`,
    );

    await db.query(`
      CREATE TABLE support_ticket_history (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        ticket_id uuid NOT NULL REFERENCES support_ticket (id),
        action varchar(32) NOT NULL,
        from_status varchar(24),
        to_status varchar(24) NOT NULL,
        data jsonb NOT NULL DEFAULT '{}',
        actor_kind varchar(8) NOT NULL,
        actor_id uuid,
        actor_label varchar(200),
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX support_ticket_history_ticket_idx ON support_ticket_history (ticket_id, occurred_at, id)`,
    );
    await appendOnly('support_ticket_history');

    await db.query(`
      CREATE TABLE support_sla_alert (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        ticket_id uuid NOT NULL REFERENCES support_ticket (id),
        kind varchar(32) NOT NULL CHECK (kind IN ('first-response-warning', 'first-response-breach',
                                                  'resolution-warning', 'resolution-breach')),
        notified_user_id uuid,
        percent integer NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        -- The scheduled check runs every few minutes on every replica's schedule: one alert per ticket and kind.
        CONSTRAINT support_sla_alert_ticket_kind_key UNIQUE (ticket_id, kind)
      )`);

    await db.query(`
      CREATE TABLE standard_answer (${VERSIONED_COLUMNS_SQL},
        code varchar(32) NOT NULL,
        title varchar(200) NOT NULL,
        category varchar(16) NOT NULL,
        body text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        use_count integer NOT NULL DEFAULT 0,
        search_text text NOT NULL DEFAULT '',
        CONSTRAINT standard_answer_code_key UNIQUE (code)
      )`);
    await db.query(
      `CREATE INDEX standard_answer_search_idx ON standard_answer USING gin (search_text gin_trgm_ops)`,
    );

    await db.query(`
      CREATE TABLE kb_article (${VERSIONED_COLUMNS_SQL},
        title varchar(200) NOT NULL,
        body text NOT NULL,
        product_id uuid,
        tags text[] NOT NULL DEFAULT '{}',
        published boolean NOT NULL DEFAULT true,
        search_text text NOT NULL DEFAULT ''
      )`);
    await db.query(`CREATE INDEX kb_article_search_idx ON kb_article USING gin (search_text gin_trgm_ops)`);

    // What support knows of orders, kept from the orders module's events (ORDER_PLACED … ORDER_CANCELLED):
    // placeholders, key-account rules and the customer sidebar read it without reaching into orders' tables.
    await db.query(`
      CREATE TABLE support_order_fact (
        order_id uuid PRIMARY KEY,
        order_number varchar(24) NOT NULL,
        customer_id uuid NOT NULL,
        company_buyer boolean NOT NULL DEFAULT false,
        org_unit_id uuid,
        channel varchar(16) NOT NULL,
        status varchar(24) NOT NULL,
        total bigint NOT NULL,
        currency char(3) NOT NULL,
        carrier varchar(60),
        tracking_number varchar(60),
        placed_at timestamptz(3) NOT NULL,
        shipped_at timestamptz(3),
        delivered_at timestamptz(3),
        cancelled_at timestamptz(3)
      )`);
    await db.query(
      `CREATE INDEX support_order_fact_customer_idx ON support_order_fact (customer_id, placed_at DESC)`,
    );
    await db.query(
      `CREATE INDEX support_order_fact_placed_idx ON support_order_fact (placed_at) INCLUDE (customer_id, total) WHERE cancelled_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE follow_up_rule (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        trigger varchar(24) NOT NULL CHECK (trigger IN ('order-delivered', 'ticket-resolved')),
        delay_days integer NOT NULL CHECK (delay_days BETWEEN 0 AND 365),
        queue_id uuid REFERENCES support_queue (id),
        instructions varchar(1000),
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      CREATE TABLE follow_up_visit (${VERSIONED_COLUMNS_SQL},
        number varchar(24) NOT NULL,
        rule_id uuid NOT NULL REFERENCES follow_up_rule (id),
        trigger varchar(24) NOT NULL,
        source_id uuid NOT NULL,
        customer_id uuid NOT NULL REFERENCES customer (id),
        order_id uuid,
        ticket_id uuid REFERENCES support_ticket (id),
        queue_id uuid REFERENCES support_queue (id),
        assignee_id uuid REFERENCES user_account (id),
        due_date date NOT NULL,
        status varchar(16) NOT NULL DEFAULT 'scheduled'
          CHECK (status IN ('scheduled', 'done', 'unreachable', 'cancelled')),
        outcome varchar(2000),
        satisfaction_score smallint CHECK (satisfaction_score BETWEEN 1 AND 5),
        completed_at timestamptz(3),
        completed_by uuid,
        CONSTRAINT follow_up_visit_number_key UNIQUE (number),
        -- A redelivered event schedules nothing twice.
        CONSTRAINT follow_up_visit_rule_source_key UNIQUE (rule_id, source_id)
      )`);
    await db.query(`CREATE INDEX follow_up_visit_worklist_idx ON follow_up_visit (status, due_date, id)`);
    await db.query(
      `CREATE INDEX follow_up_visit_assignee_idx ON follow_up_visit (assignee_id, status, due_date)`,
    );

    await db.query(`
      CREATE TABLE key_account_rule (${VERSIONED_COLUMNS_SQL},
        name varchar(100) NOT NULL,
        kind varchar(16) NOT NULL CHECK (kind IN ('order-amount', 'order-count', 'active-months', 'company-buyer')),
        window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 1095),
        threshold bigint NOT NULL CHECK (threshold > 0),
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      CREATE TABLE key_account_candidate (${VERSIONED_COLUMNS_SQL},
        customer_id uuid NOT NULL REFERENCES customer (id),
        rule_id uuid NOT NULL REFERENCES key_account_rule (id),
        status varchar(12) NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'dismissed')),
        metric_value bigint NOT NULL,
        order_count integer NOT NULL,
        order_amount bigint NOT NULL,
        ticket_count integer NOT NULL,
        last_order_at timestamptz(3),
        decided_by uuid,
        decided_at timestamptz(3),
        note varchar(1000),
        sales_owner_id uuid REFERENCES user_account (id),
        CONSTRAINT key_account_candidate_customer_rule_key UNIQUE (customer_id, rule_id)
      )`);
    await db.query(
      `CREATE INDEX key_account_candidate_status_idx ON key_account_candidate (status, metric_value DESC, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'key_account_candidate',
      'key_account_rule',
      'follow_up_visit',
      'follow_up_rule',
      'support_order_fact',
      'kb_article',
      'standard_answer',
      'support_sla_alert',
      'support_ticket_history',
      'support_ticket_attachment',
      'support_ticket_message',
      'support_ticket',
      'sla_policy',
      'support_queue_member',
      'support_queue',
      'support_setting',
    ])
      await db.query(`DROP TABLE ${table}`);
    await db.query(`DROP FUNCTION support_append_only()`);
  }
}
