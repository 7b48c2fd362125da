import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VERSIONED_COLUMNS_SQL } from '@zhanggui/api-platform';
import { CHART_OF_ACCOUNTS, normalBalanceOf, parentCodeOf } from '../ledger/chart-of-accounts';

/**
 * The general ledger: chart of accounts (seeded), monthly accounting periods, journal entries (记账凭证) and
 * their lines. The database itself guarantees the two rules auditors ask about: every entry's lines balance
 * (a deferred constraint trigger checked at commit), and a posted entry and its lines never change (triggers
 * refuse UPDATE and DELETE). Automatic postings are unique per (source_type, source_id, purpose).
 */
export class CreateLedger1765000000000 implements MigrationInterface {
  name = 'CreateLedger1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_account (${VERSIONED_COLUMNS_SQL},
        code varchar(16) NOT NULL CONSTRAINT ledger_account_code_key UNIQUE CHECK (code ~ '^[0-9]{4}([0-9]{2})*$'),
        name_zh varchar(100) NOT NULL,
        name_en varchar(100) NOT NULL,
        type varchar(12) NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'cost', 'revenue', 'expense')),
        normal_balance varchar(6) NOT NULL CHECK (normal_balance IN ('debit', 'credit')),
        parent_id uuid REFERENCES ledger_account (id),
        level smallint NOT NULL CHECK (level BETWEEN 1 AND 6),
        is_leaf boolean NOT NULL DEFAULT true,
        system boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        CHECK ((level = 1) = (parent_id IS NULL))
      )`);
    await db.query(`CREATE INDEX ledger_account_parent_idx ON ledger_account (parent_id)`);
    for (const account of CHART_OF_ACCOUNTS) {
      const parent = parentCodeOf(account.code);
      await db.query(
        `INSERT INTO ledger_account (code, name_zh, name_en, type, normal_balance, parent_id, level, system)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM ledger_account WHERE code = $6), $7, true)`,
        [
          account.code,
          account.nameZh,
          account.nameEn,
          account.type,
          account.normalBalance ?? normalBalanceOf(account.type),
          parent,
          (account.code.length - 2) / 2,
        ],
      );
    }
    await db.query(`UPDATE ledger_account a SET is_leaf = NOT EXISTS
                      (SELECT 1 FROM ledger_account c WHERE c.parent_id = a.id)`);

    await db.query(`
      CREATE TABLE accounting_period (${VERSIONED_COLUMNS_SQL},
        code char(7) NOT NULL CONSTRAINT accounting_period_code_key UNIQUE CHECK (code ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        start_date date NOT NULL,
        end_date date NOT NULL,
        status varchar(8) NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        entry_sequence integer NOT NULL DEFAULT 0,
        closed_at timestamptz(3),
        closed_by uuid,
        reopened_at timestamptz(3),
        reopened_by uuid,
        reopen_reason varchar(500),
        CHECK (end_date >= start_date)
      )`);

    await db.query(`
      CREATE TABLE journal_entry (${VERSIONED_COLUMNS_SQL},
        number varchar(24) CONSTRAINT journal_entry_number_key UNIQUE,
        period char(7) NOT NULL REFERENCES accounting_period (code),
        entry_date date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('draft', 'posted')),
        description varchar(200) NOT NULL,
        currency char(3) NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
        total_amount bigint NOT NULL CHECK (total_amount > 0),
        source_type varchar(40),
        source_id varchar(64),
        source_number varchar(40),
        purpose varchar(40),
        reverses_id uuid CONSTRAINT journal_entry_reverses_key UNIQUE REFERENCES journal_entry (id),
        posted_at timestamptz(3),
        posted_by uuid,
        created_by uuid,
        CHECK ((source_type IS NULL) = (source_id IS NULL) AND (source_type IS NULL) = (purpose IS NULL)),
        CHECK ((status = 'posted') = (posted_at IS NOT NULL) AND (status = 'posted') = (number IS NOT NULL)),
        CHECK (to_char(entry_date, 'YYYY-MM') = period)
      )`);
    await db.query(`CREATE UNIQUE INDEX journal_entry_source_key ON journal_entry (source_type, source_id, purpose)
                    WHERE source_type IS NOT NULL`);
    await db.query(`CREATE INDEX journal_entry_date_idx ON journal_entry (entry_date, id)`);
    await db.query(`CREATE INDEX journal_entry_period_idx ON journal_entry (period, id)`);
    await db.query(`CREATE INDEX journal_entry_source_idx ON journal_entry (source_type, source_id)`);

    // Lines carry the entry's date, period and posted flag so reports aggregate one indexed table.
    await db.query(`
      CREATE TABLE journal_line (
        id uuid PRIMARY KEY DEFAULT uuidv7(),
        entry_id uuid NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
        line_no smallint NOT NULL CHECK (line_no > 0),
        account_id uuid NOT NULL REFERENCES ledger_account (id),
        debit bigint NOT NULL DEFAULT 0 CHECK (debit >= 0),
        credit bigint NOT NULL DEFAULT 0 CHECK (credit >= 0),
        currency char(3) NOT NULL DEFAULT 'CNY' CHECK (currency = 'CNY'),
        memo varchar(200),
        org_unit_id uuid,
        entry_date date NOT NULL,
        period char(7) NOT NULL,
        posted boolean NOT NULL DEFAULT false,
        CONSTRAINT journal_line_one_side CHECK ((debit = 0) <> (credit = 0)),
        CONSTRAINT journal_line_entry_line_key UNIQUE (entry_id, line_no)
      )`);
    await db.query(
      `CREATE INDEX journal_line_account_idx ON journal_line (account_id, entry_date, id) WHERE posted`,
    );
    await db.query(
      `CREATE INDEX journal_line_period_idx ON journal_line (period, account_id) INCLUDE (debit, credit) WHERE posted`,
    );

    // A posted entry is the permanent record: corrections are reversal entries, never edits.
    await db.query(`
      CREATE FUNCTION refuse_posted_journal_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          RAISE EXCEPTION 'journal rows cannot be truncated' USING ERRCODE = 'restrict_violation';
        END IF;
        -- Separate IFs: a record's fields are resolved when the statement runs, and the tables differ.
        IF TG_TABLE_NAME = 'journal_entry' THEN
          IF OLD.status = 'posted' THEN
            RAISE EXCEPTION 'posted journal entries are immutable: post a reversal instead'
              USING ERRCODE = 'restrict_violation', CONSTRAINT = 'journal_posted_immutable';
          END IF;
        ELSIF OLD.posted THEN
          RAISE EXCEPTION 'posted journal entries are immutable: post a reversal instead'
            USING ERRCODE = 'restrict_violation', CONSTRAINT = 'journal_posted_immutable';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER journal_entry_immutable BEFORE UPDATE OR DELETE ON journal_entry
                    FOR EACH ROW EXECUTE FUNCTION refuse_posted_journal_change()`);
    await db.query(`CREATE TRIGGER journal_line_immutable BEFORE UPDATE OR DELETE ON journal_line
                    FOR EACH ROW EXECUTE FUNCTION refuse_posted_journal_change()`);
    await db.query(`CREATE TRIGGER journal_entry_no_truncate BEFORE TRUNCATE ON journal_entry
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_posted_journal_change()`);
    await db.query(`CREATE TRIGGER journal_line_no_truncate BEFORE TRUNCATE ON journal_line
                    FOR EACH STATEMENT EXECUTE FUNCTION refuse_posted_journal_change()`);

    // Double entry, checked at commit: debits equal credits, at least two lines, the header's total matches,
    // and lines agree with their entry's date, period and status.
    await db.query(`
      CREATE FUNCTION check_journal_entry_balance(target uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        header journal_entry%ROWTYPE;
        sums record;
      BEGIN
        SELECT * INTO header FROM journal_entry WHERE id = target;
        IF NOT FOUND THEN RETURN; END IF;
        SELECT count(*) AS lines, coalesce(sum(debit), 0) AS debits, coalesce(sum(credit), 0) AS credits,
               count(*) FILTER (WHERE entry_date <> header.entry_date OR period <> header.period
                                  OR posted <> (header.status = 'posted')) AS stray
          INTO sums FROM journal_line WHERE entry_id = target;
        IF sums.lines < 2 OR sums.debits <> sums.credits OR sums.debits <> header.total_amount OR sums.stray > 0 THEN
          RAISE EXCEPTION 'journal entry % does not balance (% lines, debits %, credits %, total %)',
            coalesce(header.number, header.id::text), sums.lines, sums.debits, sums.credits, header.total_amount
            USING ERRCODE = 'check_violation', CONSTRAINT = 'journal_entry_balanced';
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION journal_line_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM check_journal_entry_balance(OLD.entry_id); END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM check_journal_entry_balance(NEW.entry_id); END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE FUNCTION journal_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM check_journal_entry_balance(NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`CREATE CONSTRAINT TRIGGER journal_line_balanced AFTER INSERT OR UPDATE OR DELETE ON journal_line
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_line_balanced()`);
    await db.query(`CREATE CONSTRAINT TRIGGER journal_entry_balanced AFTER INSERT OR UPDATE ON journal_entry
                    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION journal_entry_balanced()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE journal_line, journal_entry, accounting_period, ledger_account`);
    await db.query(
      `DROP FUNCTION journal_line_balanced(), journal_entry_balanced(), check_journal_entry_balance(uuid), refuse_posted_journal_change()`,
    );
  }
}
