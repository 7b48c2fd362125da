import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AuditWriter,
  currentActor,
  FileStorage,
  StoredFile,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { DocumentHistory } from '../history/document-history';
import { CURRENCY } from '../purchase-orders/purchase-orders.service';
import { cleanFileName, sniffAttachmentType } from './attachment-type';
import type { RecordQuoteDto } from './dto/tender.dto';
import { ProcurementClock } from './procurement-clock';
import { TenderInvitation } from './tender-invitation.entity';
import { TenderItem } from './tender-item.entity';
import { TenderQuoteAttachment } from './tender-quote-attachment.entity';
import { TenderQuoteLine } from './tender-quote-line.entity';
import { TenderQuote } from './tender-quote.entity';
import { isSealed, rankQuotes, RankedQuote } from './tender-rules';
import { Tender } from './tender.entity';
import {
  AttachmentNotFoundError,
  AttachmentRefusedError,
  QuoteLinesInvalidError,
  SupplierNotInvitedError,
  TenderClosedError,
  TenderNotFoundError,
  TenderNotOpenError,
  TenderQuoteNotFoundError,
  TenderSealedError,
} from './tender.errors';

export interface OpenedQuote {
  quote: TenderQuote;
  lines: TenderQuoteLine[];
  prices: Map<string, number>;
  attachments: TenderQuoteAttachment[];
}

/**
 * Quotes, sealed. Anyone with tenders:write records what suppliers offered until the closing time, but every
 * way of reading an offer — the quotes, the comparison, the attachments — refuses until the tender has
 * closed, whoever asks. Amounts never reach the audit log or the history either.
 */
@Injectable()
export class TenderQuotesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: FileStorage,
    private readonly audit: AuditWriter,
    private readonly history: DocumentHistory,
    private readonly clock: ProcurementClock,
  ) {}

  private get quotes() {
    return this.connection.getRepository(TenderQuote);
  }

  /** Who has quoted, for the sealed view. */
  async received(tenderId: string): Promise<Array<{ quote: TenderQuote; attachmentCount: number }>> {
    const quotes = await this.quotes.find({ where: { tenderId }, order: { submittedAt: 'ASC', id: 'ASC' } });
    const counts = await this.attachmentCounts(quotes.map((quote) => quote.id));
    return quotes.map((quote) => ({ quote, attachmentCount: counts.get(quote.id) ?? 0 }));
  }

  /** How many quotes each tender has received: a number that may be shown while sealed. */
  async countsByTender(tenderIds: string[]): Promise<Map<string, number>> {
    if (tenderIds.length === 0) return new Map();
    const rows: Array<{ tenderId: string; n: number }> = await this.connection.manager.query(
      `SELECT tender_id AS "tenderId", count(*)::int AS n FROM tender_quote WHERE tender_id = ANY($1) GROUP BY tender_id`,
      [tenderIds],
    );
    return new Map(rows.map((row) => [row.tenderId, row.n]));
  }

  /** Records (or, before the closing time, replaces) an invited supplier's quote. */
  async record(tenderId: string, input: RecordQuoteDto): Promise<TenderQuote> {
    const tender = await this.lockTakingQuotes(tenderId);
    const invited = await this.connection
      .getRepository(TenderInvitation)
      .existsBy({ tenderId, supplierId: input.supplierId });
    if (!invited) throw new SupplierNotInvitedError(tender.number);
    const items = await this.items(tenderId);
    const byId = new Map(items.map((item) => [item.id, item]));
    const seen = new Set<string>();
    input.lines.forEach((line, index) => {
      const field = `lines.${index}.tenderItemId`;
      if (!byId.has(line.tenderItemId))
        throw new QuoteLinesInvalidError(field, 'is not an item of this tender');
      if (seen.has(line.tenderItemId)) throw new QuoteLinesInvalidError(field, 'appears twice');
      seen.add(line.tenderItemId);
    });
    const total = input.lines.reduce(
      (sum, line) => sum + line.unitPrice * byId.get(line.tenderItemId)!.quantity,
      0,
    );
    const actor = currentActor();
    const existing = await this.quotes.findOneBy({ tenderId, supplierId: input.supplierId });
    const quote = await this.quotes.save(
      this.quotes.create({
        id: existing?.id,
        tenderId,
        supplierId: input.supplierId,
        leadTimeDays: input.leadTimeDays,
        terms: input.terms ?? null,
        totalAmount: total,
        currency: CURRENCY,
        submittedAt: this.clock.now(),
        recordedBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
    const lines = this.connection.getRepository(TenderQuoteLine);
    await lines.delete({ quoteId: quote.id });
    await lines.save(input.lines.map((line) => lines.create({ quoteId: quote.id, ...line })));
    // The trail says a quote came in and from whom — never what it offered.
    await this.audit.record({
      action: existing ? 'update' : 'create',
      entityType: 'tender_quote',
      entityId: quote.id,
      changes: {
        tenderId: { to: tenderId },
        supplierId: { to: input.supplierId },
        offer: { redacted: true },
      },
    });
    await this.history.record('tender', tenderId, {
      action: existing ? 'quote_revised' : 'quote_received',
      note: `supplier ${input.supplierId}`,
    });
    return quote;
  }

  async attach(quoteId: string, bytes: Buffer, fileName: string | undefined): Promise<TenderQuoteAttachment> {
    const quote = await this.quotes.findOneBy({ id: quoteId });
    if (!quote) throw new TenderQuoteNotFoundError(quoteId);
    await this.lockTakingQuotes(quote.tenderId);
    const type = sniffAttachmentType(bytes);
    if (!type) throw new AttachmentRefusedError('only PDF, PNG, JPEG, GIF or WebP files are accepted');
    const id = randomUUID();
    const storageKey = `tender-quotes/${quoteId}/${id}.${type.extension}`;
    // The file first: a row never points at a missing file.
    await this.storage.put(storageKey, bytes);
    const attachments = this.connection.getRepository(TenderQuoteAttachment);
    return attachments.save(
      attachments.create({
        id,
        quoteId,
        fileName: cleanFileName(fileName, type.extension),
        contentType: type.contentType,
        bytes: bytes.length,
        storageKey,
      }),
    );
  }

  /** Every quote in full, once the tender has closed. */
  async opened(tender: Tender): Promise<OpenedQuote[]> {
    this.assertUnsealed(tender);
    const quotes = await this.quotes.find({
      where: { tenderId: tender.id },
      order: { submittedAt: 'ASC', id: 'ASC' },
    });
    const ids = quotes.map((quote) => quote.id);
    const lines = ids.length
      ? await this.connection.getRepository(TenderQuoteLine).findBy({ quoteId: In(ids) })
      : [];
    const attachments = ids.length
      ? await this.connection
          .getRepository(TenderQuoteAttachment)
          .find({ where: { quoteId: In(ids) }, order: { createdAt: 'ASC' } })
      : [];
    return quotes.map((quote) => {
      const own = lines.filter((line) => line.quoteId === quote.id);
      return {
        quote,
        lines: own,
        prices: new Map(own.map((line) => [line.tenderItemId, line.unitPrice])),
        attachments: attachments.filter((attachment) => attachment.quoteId === quote.id),
      };
    });
  }

  async ranking(
    tender: Tender,
  ): Promise<{ ranked: RankedQuote[]; quotes: OpenedQuote[]; items: TenderItem[] }> {
    const quotes = await this.opened(tender);
    const items = await this.items(tender.id);
    const ranked = rankQuotes(
      items,
      quotes.map(({ quote, prices }) => ({
        id: quote.id,
        supplierId: quote.supplierId,
        leadTimeDays: quote.leadTimeDays,
        submittedAt: quote.submittedAt,
        prices,
      })),
      tender.maxLeadTimeDays,
    );
    return { ranked, quotes, items };
  }

  async file(attachmentId: string): Promise<{ attachment: TenderQuoteAttachment; file: StoredFile }> {
    const attachment = await this.connection
      .getRepository(TenderQuoteAttachment)
      .findOneBy({ id: attachmentId });
    if (!attachment) throw new AttachmentNotFoundError(attachmentId);
    const quote = await this.quotes.findOneByOrFail({ id: attachment.quoteId });
    const tender = await this.connection.getRepository(Tender).findOneByOrFail({ id: quote.tenderId });
    this.assertUnsealed(tender);
    const file = await this.storage.read(attachment.storageKey);
    if (!file) throw new AttachmentNotFoundError(attachmentId);
    return { attachment, file };
  }

  items(tenderId: string): Promise<TenderItem[]> {
    return this.connection.getRepository(TenderItem).find({ where: { tenderId }, order: { lineNo: 'ASC' } });
  }

  private assertUnsealed(tender: Tender): void {
    if (isSealed(tender.closesAt, this.clock.now()))
      throw new TenderSealedError(tender.number, tender.closesAt);
  }

  /** The tender row locked, open and before its closing time: a quote cannot slip in after it. */
  private async lockTakingQuotes(tenderId: string): Promise<Tender> {
    const tender = await this.connection
      .getRepository(Tender)
      .findOne({ where: { id: tenderId }, lock: { mode: 'pessimistic_write' } });
    if (!tender) throw new TenderNotFoundError(tenderId);
    if (tender.status !== 'open') throw new TenderNotOpenError(tender.number, tender.status);
    if (!isSealed(tender.closesAt, this.clock.now()))
      throw new TenderClosedError(tender.number, tender.closesAt);
    return tender;
  }

  private async attachmentCounts(quoteIds: string[]): Promise<Map<string, number>> {
    if (quoteIds.length === 0) return new Map();
    const rows: Array<{ quoteId: string; n: number }> = await this.connection.manager.query(
      `SELECT quote_id AS "quoteId", count(*)::int AS n FROM tender_quote_attachment WHERE quote_id = ANY($1) GROUP BY quote_id`,
      [quoteIds],
    );
    return new Map(rows.map((row) => [row.quoteId, row.n]));
  }
}
