import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import {
  ApproveExpenseClaimDto,
  DecisionReasonDto,
  PayExpenseClaimDto,
  PayExpenseClaimsDto,
} from './dto/expense-claim.dto';
import { ExpenseClaimResponse, ExpenseClaimSummary } from './dto/expense-claim.response';
import { ExpenseClaimDecisionsService } from './expense-claim-decisions.service';
import { respond } from './expense-claims.controller';
import { ExpensePaymentsService } from './expense-payments.service';

/** Approving, returning, rejecting and paying claims. */
@ApiTags('finance')
@Controller()
export class ExpenseClaimDecisionsController {
  constructor(
    private readonly decisions: ExpenseClaimDecisionsService,
    private readonly payments: ExpensePaymentsService,
  ) {}

  @Post('expense-claims/:id/approve')
  @HttpCode(200)
  @RequirePermission('expense-claims:approve')
  @ApiOperation({
    summary:
      'Approve the current step (manager, then finance). Finance’s step is refused with 409 BUDGET_EXCEEDED when a budget would be exceeded, unless a finance manager overrides with a reason.',
  })
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 403, 404, 409, 422)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApproveExpenseClaimDto,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.decisions.approve(id, body));
  }

  @Post('expense-claims/:id/return')
  @HttpCode(200)
  @RequirePermission('expense-claims:approve')
  @ApiOperation({ summary: 'Return the claim to the claimant for changes, with the reason.' })
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 403, 404, 409, 422)
  async returnForChanges(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecisionReasonDto,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.decisions.returnForChanges(id, body.reason));
  }

  @Post('expense-claims/:id/reject')
  @HttpCode(200)
  @RequirePermission('expense-claims:approve')
  @ApiOperation({ summary: 'Reject the claim for good, with the reason.' })
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 403, 404, 409, 422)
  async reject(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DecisionReasonDto,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.decisions.reject(id, body.reason));
  }

  @Post('expense-claims/:id/pay')
  @HttpCode(200)
  @RequirePermission('expense-claims:pay')
  @ApiOperation({
    summary: 'Record the bank payment of an approved claim: posts Dr 应付报销款 / Cr 银行存款 once.',
  })
  @ApiOkResponse({ type: ExpenseClaimResponse })
  @ApiProblemResponses(400, 404, 422)
  async pay(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PayExpenseClaimDto,
  ): Promise<ExpenseClaimResponse> {
    return respond(await this.payments.pay(id, body.paymentReference));
  }

  @Post('expense-payments')
  @HttpCode(200)
  @RequirePermission('expense-claims:pay')
  @ApiOperation({ summary: 'Pay a batch of approved claims in one bank run (all or nothing).' })
  @ApiOkResponse({ type: [ExpenseClaimSummary] })
  @ApiProblemResponses(400, 404, 422)
  async payBatch(@Body() body: PayExpenseClaimsDto): Promise<ExpenseClaimSummary[]> {
    return (await this.payments.payAll(body.claimIds, body.paymentReference)).map(ExpenseClaimSummary.from);
  }
}
